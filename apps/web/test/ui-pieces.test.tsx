import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadFailed } from '../src/ui/LoadFailed';
import { SortableHeader } from '../src/ui/SortableHeader';

const table = (header: React.ReactNode) => (
  <table>
    <thead>
      <tr>{header}</tr>
    </thead>
  </table>
);

describe('a sortable column header', () => {
  it('tells the direction of the sorted column and sorts on a click', async () => {
    const onSort = vi.fn();
    render(table(<SortableHeader label="Price" sorted descending numeric onSort={onSort} />));
    const header = screen.getByRole('columnheader', { name: /Price/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(header.className).toBe('numeric');
    expect(header.textContent).toBe('Price▼');
    await userEvent.click(screen.getByRole('button', { name: /Price/ }));
    expect(onSort).toHaveBeenCalledOnce();
  });

  it('shows an unsorted column as sortable either way, and a fixed one as plain text', () => {
    render(
      table(
        <>
          <SortableHeader label="Date" sorted={false} descending onSort={() => undefined} />
          <SortableHeader label="Email" sorted={false} descending={false} />
        </>,
      ),
    );
    const [date, email] = screen.getAllByRole('columnheader');
    expect(date?.hasAttribute('aria-sort')).toBe(false);
    expect(date?.textContent).toBe('Date↕');
    expect(email?.textContent).toBe('Email');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});

describe('"failed to load, try again"', () => {
  it('replaces the content with the message and a button that retries', async () => {
    const onRetry = vi.fn();
    render(<LoadFailed message="Could not load" onRetry={onRetry} retryLabel="Try again" />);
    const alert = screen.getByRole('alert');
    expect(alert.className).toBe('state-message state-error');
    expect(alert.textContent).toBe('Could not loadTry again');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('is a line above the content when inline, and has no button without a retry', () => {
    render(
      <>
        <LoadFailed inline message="Stale" onRetry={() => undefined} retryLabel="Retry" />
        <LoadFailed message="Gone" />
      </>,
    );
    const [inline, block] = screen.getAllByRole('alert');
    expect(inline?.className).toBe('inline-error');
    expect(block?.textContent).toBe('Gone');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});
