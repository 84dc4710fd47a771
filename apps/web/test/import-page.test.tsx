import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../src/api/types';
import { ImportPage } from '../src/catalog/import/ImportPage';
import { renderWithProviders } from './render';

const report = (overrides: Partial<ImportReport>): ImportReport => ({
  mode: 'dry-run',
  rows: 3,
  valid: 2,
  invalid: 1,
  created: 0,
  updated: 0,
  unchanged: 0,
  committed: false,
  errors: [{ line: 3, field: 'price', message: 'must be a number' }],
  ...overrides,
});

/** The api's import, answering `answers` in turn and recording what each request sent. */
function stubImport(answers: { status: number; body: unknown }[]) {
  const sent: { mode: string | null; type: string | null; body: string }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    sent.push({
      mode: url.searchParams.get('mode'),
      type: request.headers.get('content-type'),
      body: await request.text(),
    });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: {
        'content-type': answer.status === 200 ? 'application/json' : 'application/problem+json',
      },
    });
  });
  return sent;
}

const CSV = 'name,price\nMesa,10\nSofá,abc\nCama,20\n';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the import page', () => {
  it('checks the file first, lists its invalid rows, then imports the valid ones', async () => {
    const sent = stubImport([
      { status: 200, body: report({}) },
      { status: 200, body: report({ mode: 'valid-rows', created: 2, committed: true }) },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ImportPage />);
    await user.upload(
      screen.getByLabelText('File'),
      new File([CSV], 'p.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByText('3 rows read: 2 valid, 1 invalid.');
    const errors = screen.getByRole('table', { name: /Invalid rows/ });
    const cells = within(errors)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['3', 'Price', 'must be a number']);
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Import all rows' }).disabled,
    ).toBe(true);
    await user.click(
      screen.getByRole('button', { name: 'Import the 2 valid rows, skip the invalid ones' }),
    );
    const result = await screen.findByRole('heading', { name: 'Imported' });
    const figures = within(result.parentElement ?? document.body).getAllByRole('definition');
    expect(figures.map((dd) => dd.textContent)).toEqual(['2', '0', '0', '1']);
    expect(sent).toEqual([
      { mode: 'dry-run', type: 'text/csv', body: CSV },
      { mode: 'valid-rows', type: 'text/csv', body: CSV },
    ]);
  });

  it('sends JSON lines as such, and says why a file cannot be read', async () => {
    const sent = stubImport([
      {
        status: 422,
        body: {
          type: 'x',
          title: 'x',
          status: 422,
          detail: 'The file has an unknown column',
          code: 'validation',
          errors: [{ field: 'cor', message: 'is not a column of products' }],
        },
      },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ImportPage />);
    const file = new File(['{"cor":"azul"}\n'], 'p.ndjson');
    await user.upload(screen.getByLabelText('File'), file);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file cannot be read: The file has an unknown column');
    expect(alert.textContent).toContain('cor: is not a column of products');
    expect(sent[0]?.type).toBe('application/x-ndjson');
    expect(screen.queryByRole('button', { name: 'Import all rows' })).toBeNull();
  });
});
