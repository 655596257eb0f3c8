import { Component, type ReactNode } from 'react';

interface ChartBoundaryProps {
  children: ReactNode;
  /** Called once when the chart fails (its code did not load, or it threw while drawing). */
  onError: () => void;
}

/**
 * Keeps a chart's failure to itself: the page, its figures and the chart's table stay, and the
 * panel switches to the table. Without it a chart chunk that fails to load would take the page down.
 */
export class ChartBoundary extends Component<ChartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A chart failed to load or draw', error);
    this.props.onError();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
