import { act, render, screen } from '@testing-library/react';
import { Component, createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  lazyComponent,
  loadLazyComponents,
  useLazyComponent,
  type LazyComponent,
} from './lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function Host({ lazy, enabled }: { lazy: LazyComponent<{ name: string }>; enabled: boolean }) {
  const loaded = useLazyComponent(lazy, enabled);
  return loaded ? createElement(loaded, { name: 'Aleppo' }) : <p>waiting</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children;
  }
}

/** A module loader whose promise the test settles. */
function deferredLoader() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const loader = () =>
    new Promise<{ default: typeof Greeting }>((resolve, reject) =>
      calls.push({ resolve: () => resolve({ default: Greeting }), reject }),
    );
  return { loader, calls };
}

describe('lazyComponent', () => {
  it('loads only when enabled, once, and renders the component as soon as it arrives', async () => {
    const { loader, calls } = deferredLoader();
    const lazy = lazyComponent(loader);
    const { rerender } = render(<Host lazy={lazy} enabled={false} />);
    expect(calls).toHaveLength(0);
    rerender(<Host lazy={lazy} enabled />);
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.resolve());
    expect(screen.getByText('Hello Aleppo')).toBeTruthy();
    // A second user of the same component gets it at once, without loading it again.
    render(<Host lazy={lazy} enabled />);
    expect(screen.getAllByText('Hello Aleppo')).toHaveLength(2);
    expect(calls).toHaveLength(1);
  });

  it('throws a failed load to the error boundary, and loads again on the next try', async () => {
    const { loader, calls } = deferredLoader();
    const lazy = lazyComponent(loader);
    render(
      <Boundary>
        <Host lazy={lazy} enabled />
      </Boundary>,
    );
    await act(async () => calls[0]!.reject(new Error('chunk missing')));
    expect(screen.getByText('failed: chunk missing')).toBeTruthy();
    render(<Host lazy={lazy} enabled />);
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve());
    expect(screen.getByText('Hello Aleppo')).toBeTruthy();
  });

  it('loadLazyComponents starts every lazy component loading, once, before any is rendered', async () => {
    const first = deferredLoader();
    const second = deferredLoader();
    const a = lazyComponent(first.loader);
    lazyComponent(second.loader);
    loadLazyComponents();
    loadLazyComponents();
    expect(first.calls).toHaveLength(1);
    expect(second.calls).toHaveLength(1);
    await act(async () => first.calls[0]!.resolve());
    // Already loaded: rendered at once, without a skeleton.
    render(<Host lazy={a} enabled />);
    expect(screen.getByText('Hello Aleppo')).toBeTruthy();
  });
});
