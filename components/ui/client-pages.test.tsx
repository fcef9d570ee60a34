import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientPagination, useClientPages } from './client-pages';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function Harness({ total, label }: { total: number; label?: string }) {
  const [items, setItems] = useState(() => numbers(total));
  const [perPage, setPerPage] = useState(10);
  const { page, setPage, rows } = useClientPages(items, perPage);
  return (
    <>
      <ul aria-label="Numbers">
        {rows.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button onClick={() => setItems(numbers(5))}>Shrink</button>
      <ClientPagination
        count={items.length}
        page={page}
        perPage={perPage}
        onPage={setPage}
        perPageOptions={[10, 25]}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(0);
        }}
        label={label}
      />
    </>
  );
}

const shown = () =>
  screen
    .getAllByRole('listitem')
    .map((li) => li.textContent)
    .join(',');

describe('client-side paging', () => {
  it('shows one page, moves between pages and counts with thousands separators', async () => {
    render(<Harness total={1234} />);
    expect(shown()).toBe('1,2,3,4,5,6,7,8,9,10');
    expect(screen.getByText('1–10 of 1,234')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shown()).toBe('11,12,13,14,15,16,17,18,19,20');
    expect(screen.getByText('11–20 of 1,234')).toBeTruthy();
  });

  it('keeps a page in range when the list shrinks', async () => {
    render(<Harness total={30} />);
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shown()).toBe('21,22,23,24,25,26,27,28,29,30');
    await userEvent.click(screen.getByRole('button', { name: 'Shrink' }));
    expect(shown()).toBe('1,2,3,4,5');
  });

  it('changes the page size', async () => {
    render(<Harness total={30} />);
    await userEvent.click(screen.getByRole('combobox', { name: /rows per page/i }));
    await userEvent.click(screen.getByRole('option', { name: '25' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    expect(screen.getByText('1–25 of 30')).toBeTruthy();
  });

  it('names its buttons after the list it pages, when given a label', () => {
    render(<Harness total={30} label="Failed objects" />);
    expect(screen.getByRole('button', { name: 'Go to next page: Failed objects' })).toBeTruthy();
  });
});
