import { Component, Suspense, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface RouteBoundaryProps {
  children: ReactNode;
  /** Changes when the page changes, so a failed page does not stay failed after navigating away. */
  resetKey: string;
}

/**
 * Around each page (and each tab): one page failing leaves the shell and other pages working, and
 * a page whose code is still being fetched shows "Loading…".
 */
export class RouteBoundary extends Component<RouteBoundaryProps, { error: unknown; key: string }> {
  override state = { error: undefined as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: RouteBoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override render() {
    if (this.state.error !== undefined) {
      return <ErrorState title="This page failed" error={this.state.error} onRetry={() => window.location.reload()} />;
    }
    return <Suspense fallback={<LoadingState label="Loading…" />}>{this.props.children}</Suspense>;
  }
}

/** What an address that matches no page shows. */
export function NotFoundPage() {
  return <ErrorState title="Page not found" error={new Error('There is no page at this address.')} />;
}
