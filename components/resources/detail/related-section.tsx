'use client';
import { useId, useState } from 'react';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TablePagination from '@mui/material/TablePagination';
import AddIcon from '@mui/icons-material/Add';
import { endpoints, type EndpointRow } from '@/lib/api/endpoints';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { refSchema } from '@/lib/api/schemas/common';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { RefValue } from '../cells';
import type { Columns } from '../column';
import { ResourceTable } from '../resource-table';
import { activeSort, requestSort, toggledSort } from '../sort';
import { uiFor } from '../ui-registry';
import type { SectionDef } from './detail-types';
import { addHref, filteredListHref } from '../paths';
import { SectionMessage, SectionShell } from './section-shell';

export const RELATED_PAGE_SIZE = 10;

/** The list's default columns, without those the section makes redundant. */
export function compactColumns<Row, S extends string>(
  columns: Columns<Row, S>,
  hide: readonly string[] = [],
): Columns<Row, S> {
  const [primary, ...rest] = columns;
  return [primary, ...rest.filter((c) => !c.defaultHidden && !c.needsM2m && !hide.includes(c.id))];
}

function ViewAllLink({ href, title }: { href: string; title: string }) {
  return (
    <Link component={NextLink} href={href} variant="body2">
      View all in list
      <Box component="span" sx={visuallyHidden}>
        : {title}
      </Box>
    </Link>
  );
}

function Pagination({ count, page, onPage }: { count: number; page: number; onPage: (n: number) => void }) {
  if (count <= RELATED_PAGE_SIZE) return null;
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={RELATED_PAGE_SIZE}
      rowsPerPageOptions={[]}
      onPageChange={(_, n) => onPage(n)}
      sx={{ borderTop: 1, borderColor: 'divider' }}
    />
  );
}

type QueryProps<T extends ResourceKey> = {
  resource: T;
  title: string;
  empty: string;
  filter: string;
  value: string;
  sort?: string;
  hideColumns?: readonly string[];
  addLabel?: string;
};

/** Objects of another model that point at this one, a server page at a time. */
function QueryRelated<T extends ResourceKey>(props: QueryProps<T>) {
  const { resource, title, empty, filter, value, sort, hideColumns, addLabel } = props;
  const { queries } = useNautobot();
  const headingId = useId();
  const [page, setPage] = useState(0);
  const [chosenSort, setChosenSort] = useState<string | null>(null);
  const baseSort = sort ?? resources[resource].defaultSort;
  const shownSort = activeSort(chosenSort ?? baseSort);
  const filters = { [filter]: value };
  const list = useQuery(
    queries.list(resource, {
      limit: RELATED_PAGE_SIZE,
      offset: page * RELATED_PAGE_SIZE,
      sort: requestSort(chosenSort, baseSort),
      filters,
      depth: 1,
    }),
  );
  const data = list.data;

  let body;
  if (list.isError) {
    body = (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => void list.refetch()}>
            Retry
          </Button>
        }
      >
        Couldn’t load {title.toLowerCase()}: {list.error.message}
      </Alert>
    );
  } else if (data && data.count === 0) {
    body = <SectionMessage>{empty}</SectionMessage>;
  } else {
    body = (
      <>
        <ResourceTable
          resource={resource}
          columns={compactColumns(uiFor(resource).columns, hideColumns)}
          rows={data?.results}
          sort={shownSort}
          onSort={(key) => {
            setChosenSort(toggledSort(key, shownSort));
            setPage(0);
          }}
          busy={list.isFetching}
          skeletonRows={3}
          labelledBy={headingId}
          density="compact"
        />
        {data && <Pagination count={data.count} page={page} onPage={setPage} />}
      </>
    );
  }

  return (
    <SectionShell
      headingId={headingId}
      title={title}
      count={data?.count}
      busy={list.isFetching}
      actions={
        <>
          {!!data?.count && <ViewAllLink href={filteredListHref(resource, filters)} title={title} />}
          {addLabel && (
            <Button
              component={NextLink}
              href={addHref(resource, filters)}
              size="small"
              variant="outlined"
              startIcon={<AddIcon />}
            >
              {addLabel}
            </Button>
          )}
        </>
      }
    >
      {body}
    </SectionShell>
  );
}

type EmbeddedProps<T extends ResourceKey> = {
  resource: T;
  title: string;
  empty: string;
  value: unknown;
  listFilters: Record<string, string>;
  hideColumns?: readonly string[];
};

/** Objects this one lists in an M2M field: already loaded with it, paged here. */
function EmbeddedRelated<T extends ResourceKey>(props: EmbeddedProps<T>) {
  const { resource, title, empty, value, listFilters, hideColumns } = props;
  const headingId = useId();
  const [page, setPage] = useState(0);
  // The registry pairs each endpoint with its schema; TypeScript cannot follow that through a generic key.
  const schema = endpoints[resource].schema as unknown as z.ZodType<EndpointRow<T>>;
  const refs = refSchema.array().safeParse(value ?? []);
  const rows = refs.success
    ? refs.data
        .map((r) => schema.safeParse(r))
        .flatMap((r) => (r.success ? [r.data] : []))
        .sort((a, b) => a.display.localeCompare(b.display))
    : [];
  const count = refs.success ? refs.data.length : 0;
  // Every nested object should parse at depth 1; if not (an older server), show the references by name.
  const complete = rows.length === count;
  const columns = compactColumns(uiFor(resource).columns, hideColumns).map((c) => ({
    ...c,
    sortKey: undefined,
  })) as unknown as Columns<EndpointRow<T>>;

  let body;
  if (count === 0) body = <SectionMessage>{empty}</SectionMessage>;
  else if (!complete && refs.success)
    body = (
      <Box component="ul" sx={{ m: 0, px: 4, py: 2 }}>
        {refs.data.map((r) => (
          <li key={r.id}>
            <RefValue value={r} resource={resource} />
          </li>
        ))}
      </Box>
    );
  else
    body = (
      <>
        <ResourceTable
          resource={resource}
          columns={columns}
          rows={rows.slice(page * RELATED_PAGE_SIZE, (page + 1) * RELATED_PAGE_SIZE)}
          sort={null}
          onSort={() => undefined}
          busy={false}
          skeletonRows={0}
          labelledBy={headingId}
          density="compact"
        />
        <Pagination count={count} page={page} onPage={setPage} />
      </>
    );

  return (
    <SectionShell
      headingId={headingId}
      title={title}
      count={count}
      actions={count > 0 && <ViewAllLink href={filteredListHref(resource, listFilters)} title={title} />}
    >
      {body}
    </SectionShell>
  );
}

/** One related-objects section of a detail page, as the model's registry entry describes it. */
export function RelatedSection<K extends ResourceKey>({
  row,
  section,
}: {
  row: EndpointRow<K>;
  section: SectionDef<K>;
}) {
  const id = refSchema.shape.id.parse(row.id);
  if (section.kind === 'embedded') {
    return (
      <EmbeddedRelated
        resource={section.resource}
        title={section.title}
        empty={section.empty}
        value={row[section.field]}
        listFilters={{ [section.filter]: id }}
        hideColumns={section.hideColumns}
      />
    );
  }
  const ref = section.from === 'id' ? null : refSchema.safeParse(row[section.from]);
  const value = ref ? (ref.success ? ref.data.id : null) : id;
  // Nothing to list: e.g. a virtual server without a pool has no pool members.
  if (!value) return null;
  return (
    <QueryRelated
      // A new filter value starts again at page 1.
      key={value}
      resource={section.resource}
      title={section.title}
      empty={section.empty}
      filter={section.filter}
      value={value}
      sort={section.sort}
      hideColumns={section.hideColumns}
      addLabel={section.addLabel}
    />
  );
}
