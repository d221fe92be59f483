import { act, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeIntersectionObserver as FakeObserver } from '@/test/fake-intersection-observer';
import { useInView, useInViewOrDeferred } from './use-in-view';

const observer = () => FakeObserver.made[0]!;
const report = (...entries: [Element, boolean][]) => act(() => observer().show(...entries));

beforeAll(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterAll(() => vi.unstubAllGlobals());

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

  it('out of view, first draws the value it drew before, then the new one in a later render', () => {
    const drawn: number[] = [];
    const { rerender, getByTestId, unmount } = render(<Deferred value={1} drawn={drawn} />);
    const element = getByTestId('deferred');
    report([element, false]);
    drawn.length = 0;
    rerender(<Deferred value={2} drawn={drawn} />);
    expect([drawn[0], drawn.at(-1)]).toEqual([1, 2]);
    expect(element.textContent).toBe('2');

    // Back in view: the value of the moment.
    report([element, true]);
    drawn.length = 0;
    rerender(<Deferred value={3} drawn={drawn} />);
    expect(new Set(drawn)).toEqual(new Set([3]));
    unmount();
  });
});
