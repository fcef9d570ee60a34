'use client';
import { useRef, useState, type ReactNode } from 'react';
import type { ResourceKey } from '@/lib/api/resources';
import type { PlanRow } from '@/lib/bulk/plan';
import { formField } from '@/lib/quick-actions/inline-edit';
import { PencilIcon } from './cell-parts';
import { InlineEditSession } from './inline-edit-session';

type Props = {
  resource: ResourceKey;
  row: PlanRow;
  /** The form field the cell shows. */
  field: string;
  /** The value as the column shows it. */
  children: ReactNode;
};

/**
 * A list cell whose value can be changed where it is: a pencil (or a double-click) opens a small editor, Enter
 * or leaving it saves, Escape cancels. Light until used: a page of a thousand rows holds no query or editor
 * state for its cells, only a button each.
 */
export function InlineEditCell({ resource, row, field: name, children }: Props) {
  const field = formField(resource, name);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const pencil = useRef<HTMLButtonElement>(null);
  const cell = useRef<HTMLSpanElement>(null);
  if (!field) return <>{children}</>;
  const objectName = typeof row.display === 'string' ? row.display : row.id;
  const what = `${field.label.toLowerCase()} of ${objectName}`;
  // Not useId: a page has thousands of these cells, and useId measurably slows mounting them all.
  const failureId = `inline-failure-${name}-${row.id}`;

  const start = () => {
    setFailure(null);
    setOpen(true);
  };
  const done = (reason: string | null) => {
    // Focus left with the editor (Enter, Escape): give it back to the cell. A click elsewhere keeps its focus.
    const focused = document.activeElement;
    const restore = !focused || focused === document.body || !!cell.current?.contains(focused);
    setOpen(false);
    setFailure(reason);
    if (restore) requestAnimationFrame(() => pencil.current?.focus());
  };

  return (
    // Plain elements styled by the table (`cellPartStyles`): this cell is repeated thousands of times.
    <span ref={cell} data-row-action="" data-inline-cell="">
      {open ? (
        <InlineEditSession resource={resource} row={row} field={field} name={objectName} onDone={done}>
          {children}
        </InlineEditSession>
      ) : (
        <span data-inline-value="" onDoubleClick={start}>
          {children}
          <button
            ref={pencil}
            type="button"
            data-cell-button=""
            data-inline-pencil=""
            aria-label={`Edit ${what}`}
            aria-describedby={failure ? failureId : undefined}
            data-shown={failure ? '' : undefined}
            onClick={start}
          >
            <PencilIcon />
          </button>
        </span>
      )}
      {failure && !open && (
        <span id={failureId} role="alert" data-inline-failure="">
          {failure}
        </span>
      )}
    </span>
  );
}
