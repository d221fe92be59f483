/**
 * Runs `run` once the browser has painted the next frame (in the task after the frame's, when the
 * frame has been handed to the compositor), for work the frame must not wait for. Returns a way
 * to cancel it.
 */
export function afterNextPaint(run: () => void, win: Window = window): () => void {
  if (typeof win.requestAnimationFrame !== 'function') {
    const timer = win.setTimeout(run, 0);
    return () => win.clearTimeout(timer);
  }
  let timer: number | undefined;
  const frame = win.requestAnimationFrame(() => {
    timer = win.setTimeout(run, 0);
  });
  return () => {
    win.cancelAnimationFrame(frame);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
