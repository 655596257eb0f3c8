import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useElementWidth, type ElementWidthOptions } from '@/components/ui/use-element-width';

function Probe({ options, fontSize, attached = true }: { options?: ElementWidthOptions; fontSize?: string; attached?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, options);
  return (
    <div>
      <output>{String(width)}</output>
      {attached && <div ref={ref} style={{ fontSize }} />}
    </div>
  );
}

/** A ResizeObserver that reports only when the test says so. */
function controlledResizeObserver() {
  const observers: { callback: ResizeObserverCallback; target: Element | null; disconnected: boolean }[] = [];
  class Controlled {
    private readonly entry: (typeof observers)[number];
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback, target: null, disconnected: false };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.target = target;
    }
    unobserve() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('ResizeObserver', Controlled);
  return {
    observers,
    resize: (width: number) => {
      for (const observer of observers) {
        if (observer.target && !observer.disconnected) {
          observer.callback([{ target: observer.target, contentRect: { width, height: 100 } } as unknown as ResizeObserverEntry], observer as unknown as ResizeObserver);
        }
      }
    },
  };
}

describe('useElementWidth', () => {
  // tests/setup.ts reports every observed element as 800 px wide.
  it.each([
    [{}, undefined, '800'],
    [{ unit: 'px' as const }, '20px', '800'],
    [{ unit: 'em' as const }, '20px', '40'],
    [{ unit: 'em' as const }, '12.5px', '64'],
    [{ unit: 'em' as const }, undefined, '50'],
  ])('%o with font size %s: %s', (options, fontSize, shown) => {
    render(<Probe options={options} fontSize={fontSize} />);
    expect(screen.getByRole('status').textContent).toBe(shown);
  });

  it('keeps the initial width while there is no element to measure', () => {
    render(<Probe options={{ unit: 'em', initial: Number.POSITIVE_INFINITY }} attached={false} />);
    expect(screen.getByRole('status').textContent).toBe('Infinity');
  });

  it('follows the element as it is resized, and stops when it unmounts', () => {
    const { observers, resize } = controlledResizeObserver();
    const { unmount } = render(<Probe options={{ unit: 'em' }} fontSize="20px" />);
    // Measured at once (jsdom lays nothing out: 0 px), before any report of the observer.
    expect(screen.getByRole('status').textContent).toBe('0');
    act(() => resize(1600));
    expect(screen.getByRole('status').textContent).toBe('80');
    act(() => resize(600));
    expect(screen.getByRole('status').textContent).toBe('30');
    unmount();
    expect(observers.map((observer) => observer.disconnected)).toEqual([true]);
  });
});
