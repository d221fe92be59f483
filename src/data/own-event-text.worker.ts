/// <reference lib="webworker" />
// Holds a layer's events whole, off the page (see own-event-text.ts), and answers for one at a
// time. The text arrives from the import worker through a port; anything asked before it
// arrives waits for it.
import {
  eventOfTexts,
  selectTexts,
  type FromTextWorker,
  type OwnEventTexts,
  type TextsMessage,
  type ToTextWorker,
} from './own-event-text';

declare const self: DedicatedWorkerGlobalScope;

let texts: OwnEventTexts | null = null;
const pending: ((t: OwnEventTexts) => void)[] = [];
const withTexts = (run: (t: OwnEventTexts) => void) => (texts ? run(texts) : pending.push(run));

self.onmessage = (e: MessageEvent<ToTextWorker>) => {
  const message = e.data;
  if (message.kind === 'port') {
    message.port.onmessage = (m: MessageEvent<TextsMessage>) => {
      texts = m.data.texts;
      message.port.close();
      for (const run of pending.splice(0)) run(texts);
    };
  } else if (message.kind === 'select') {
    withTexts((t) => (texts = selectTexts(t, message.rows)));
  } else {
    withTexts((t) => {
      const event = message.index < t.start.length ? eventOfTexts(t, message.index) : null;
      const reply: FromTextWorker = { request: message.request, event };
      self.postMessage(reply);
    });
  }
};
