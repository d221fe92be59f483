import { act, render } from '@testing-library/react';
import { memo, useLayoutEffect } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeIntersectionObserver as FakeObserver } from '@/test/fake-intersection-observer';
import {
  useDrawnAfterPaint,
  useInView,
  useInViewOrDeferred,
  useRowsOutOfView,
} from './use-in-view';

const observer = () => FakeObserver.made[0]!;
const report = (...entries: [Element, boolean][]) => act(() => observer().show(...entries));

// Frames are painted when a test says so.
const frames: FrameRequestCallback[] = [];
beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
});
afterAll(() => vi.unstubAllGlobals());
const task = () => new Promise((resolve) => setTimeout(resolve, 10));
/** Lets the tasks queued so far run, without a frame. */
const noFrame = () => act(task);
/** The next frame, then the task after it. */
const paint = () =>
  act(async () => {
    for (const run of frames.splice(0)) run(performance.now());
    await task();
  });

function Watched({ name }: { name: string }) {
  const [ref, inView] = useInView<HTMLParagraphElement>();
  return (
    <p ref={ref} data-testid={name}>
      {inView ? 'in' : 'out'}
    </p>
  );
}

/** Records each value it is drawn with. */
function Deferred({ value, drawn }: { value: number; drawn: number[] }) {
  const [ref, shown] = useInViewOrDeferred<HTMLParagraphElement, number>(value);
  drawn.push(shown);
  return (
    <p ref={ref} data-testid="deferred">
      {shown}
    </p>
  );
}

describe('useInView', () => {
  it('watches every element with one observer and tells each only its own state', () => {
    const { getByTestId, unmount } = render(
      <>
        <Watched name="a" />
        <Watched name="b" />
      </>,
    );
    const [a, b] = [getByTestId('a'), getByTestId('b')];
    expect(FakeObserver.made).toHaveLength(1);
    expect([...observer().targets]).toEqual([a, b]);
    // Until the first report, in view.
    expect([a.textContent, b.textContent]).toEqual(['in', 'in']);

    report([a, false]);
    expect([a.textContent, b.textContent]).toEqual(['out', 'in']);
    // Several entries for one element in a batch: the last is its state now.
    report([b, false], [a, true], [b, true], [a, false]);
    expect([a.textContent, b.textContent]).toEqual(['out', 'in']);

    unmount();
    expect(observer().targets.size).toBe(0);
  });
});

describe('useInViewOrDeferred', () => {
  it('in view, draws the new value at once', () => {
    const drawn: number[] = [];
    const { rerender, unmount } = render(<Deferred value={1} drawn={drawn} />);
    drawn.length = 0;
    rerender(<Deferred value={2} drawn={drawn} />);
    // (React's deferred render follows, with the same value.)
    expect(new Set(drawn)).toEqual(new Set([2]));
    unmount();
  });

  it('out of view, first draws the value it drew before, then the new one once the frame is painted', async () => {
    const drawn: number[] = [];
    const { rerender, getByTestId, unmount } = render(<Deferred value={1} drawn={drawn} />);
    const element = getByTestId('deferred');
    report([element, false]);
    drawn.length = 0;
    rerender(<Deferred value={2} drawn={drawn} />);
    expect(new Set(drawn)).toEqual(new Set([1]));
    // Nothing of it is drawn while the frame that shows the urgent render waits.
    await noFrame();
    expect(new Set(drawn)).toEqual(new Set([1]));
    expect(element.textContent).toBe('1');
    await paint();
    expect(drawn.at(-1)).toBe(2);
    expect(element.textContent).toBe('2');

    // Back in view: the value of the moment.
    report([element, true]);
    drawn.length = 0;
    rerender(<Deferred value={3} drawn={drawn} />);
    expect(new Set(drawn)).toEqual(new Set([3]));
    await paint();
    expect(new Set(drawn)).toEqual(new Set([3]));
    unmount();
  });

  it('draws every part held back in one background render, with the latest values', async () => {
    const commits: string[] = [];
    function Pair({ value }: { value: number }) {
      const [watchA, a] = useDeferred(value);
      const [watchB, b] = useDeferred(value * 10);
      useLayoutEffect(() => {
        commits.push(`${a},${b}`);
      });
      return (
        <>
          <p ref={watchA} data-testid="a" />
          <p ref={watchB} data-testid="b" />
        </>
      );
    }
    const { rerender, getByTestId, unmount } = render(<Pair value={1} />);
    report([getByTestId('a'), false], [getByTestId('b'), false]);
    commits.length = 0;
    rerender(<Pair value={2} />);
    // A second change before the frame: only its values are drawn after it.
    rerender(<Pair value={3} />);
    await paint();
    expect(commits).toEqual(['1,10', '1,10', '3,30']);
    unmount();
  });
});

describe('useInViewOrDeferred with a value built at each render', () => {
  it('draws it once after the paint and asks for nothing more', async () => {
    const renders: string[] = [];
    function Slot({ range, label }: { range: string; label: string }) {
      renders.push(range);
      const [ref, shown] = useInViewOrDeferred<
        HTMLParagraphElement,
        { range: string; label: string }
      >({ range, label });
      return (
        <p ref={ref} data-testid="slot">
          {shown.range} {shown.label}
        </p>
      );
    }
    const { rerender, getByTestId, unmount } = render(<Slot range="a" label="x" />);
    const element = getByTestId('slot');
    report([element, false]);
    rerender(<Slot range="b" label="x" />);
    expect(element.textContent).toBe('a x');
    await paint();
    expect(element.textContent).toBe('b x');
    // The render that drew it built a new object of the same parts: no frame is asked for, and
    // no render follows.
    renders.length = 0;
    expect(frames).toHaveLength(0);
    await paint();
    await noFrame();
    expect(renders).toEqual([]);
    unmount();
  });
});

/** A list whose rows out of view keep what they showed until the background render. */
function List({ values, rendered }: { values: readonly string[]; rendered: string[] }) {
  const drawn = useDrawnAfterPaint(values);
  const [watchRow, outOfView] = useRowsOutOfView<HTMLLIElement>();
  return (
    <ul>
      {values.map((value, i) => (
        <Row
          key={i}
          row={i}
          value={outOfView.has(i) ? (drawn[i] ?? value) : value}
          watch={watchRow}
          rendered={rendered}
        />
      ))}
    </ul>
  );
}

const Row = memo(function Row({
  row,
  value,
  watch,
  rendered,
}: {
  row: number;
  value: string;
  watch: (element: HTMLLIElement | null) => (() => void) | undefined;
  rendered: string[];
}) {
  rendered.push(value);
  return (
    <li ref={watch} data-row={row}>
      {value}
    </li>
  );
});

describe('useRowsOutOfView', () => {
  it('renders only the rows in view at a change, the others after the paint', async () => {
    const rendered: string[] = [];
    const { container, rerender, unmount } = render(
      <List values={['a1', 'b1', 'c1']} rendered={rendered} />,
    );
    const rows = () => [...container.querySelectorAll('li')];
    const [a, b, c] = rows() as [HTMLLIElement, HTMLLIElement, HTMLLIElement];
    report([a, true], [b, false], [c, false]);
    rendered.length = 0;
    rerender(<List values={['a2', 'b2', 'c2']} rendered={rendered} />);
    // The rows out of view are not rendered at all in the change's render.
    expect(rendered).toEqual(['a2']);
    expect(rows().map((row) => row.textContent)).toEqual(['a2', 'b1', 'c1']);
    await paint();
    expect(rows().map((row) => row.textContent)).toEqual(['a2', 'b2', 'c2']);

    // A row scrolled into view shows the value of the moment.
    report([b, true]);
    rendered.length = 0;
    rerender(<List values={['a3', 'b3', 'c3']} rendered={rendered} />);
    expect(rendered).toEqual(['a3', 'b3']);

    // A row taken away is forgotten: a new row at its place counts as in view.
    rerender(<List values={['a3', 'b3']} rendered={rendered} />);
    rerender(<List values={['a4', 'b4', 'c4']} rendered={rendered} />);
    expect(rows().map((row) => row.textContent)).toEqual(['a4', 'b4', 'c4']);
    unmount();
  });
});

function useDeferred(value: number) {
  return useInViewOrDeferred<HTMLParagraphElement, number>(value);
}
