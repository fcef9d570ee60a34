'use client';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import type { ChartRow } from './chart-rows';
import { chartSummary } from './chart-rows';
import type { ChartView } from './chart-view-toggle';

const BAR_HEIGHT = 28;

function FiguresTable({ title, rows }: { title: string; rows: readonly ChartRow[] }) {
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>Category</TableCell>
          <TableCell align="right">Count</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.label}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
              <Link component={NextLink} href={r.href}>
                {r.label}
              </Link>
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {r.value.toLocaleString()}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Counts as a bar or pie chart, each bar or slice opening the filtered list behind it. The chart takes the keyboard
 * and announces the item in focus (MUI X); the caption gives a screen reader every figure at once, and the table
 * view shows them with links to the lists.
 */
export function CountChart({
  title,
  kind,
  rows,
  view,
  emptyText = 'Nothing to show.',
}: {
  title: string;
  kind: 'bar' | 'pie';
  rows: readonly ChartRow[];
  view: ChartView;
  emptyText?: string;
}) {
  const router = useRouter();
  const open = (index: number) => {
    const href = rows[index]?.href;
    if (href) router.push(href);
  };
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {emptyText}
      </Typography>
    );
  return view === 'table' ? (
    <FiguresTable title={title} rows={rows} />
  ) : (
    <figure style={{ margin: 0 }}>
      <Box sx={{ cursor: 'pointer' }}>
        {kind === 'bar' ? (
          <BarChart
            height={Math.max(120, rows.length * BAR_HEIGHT + 40)}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: rows.map((r) => r.label), width: 140 }]}
            xAxis={[{ tickMinStep: 1 }]}
            series={[{ data: rows.map((r) => r.value), label: 'Count' }]}
            hideLegend
            onItemClick={(_, item) => open(item.dataIndex)}
          />
        ) : (
          <PieChart
            height={200}
            series={[
              {
                data: rows.map((r, i) => ({ id: i, value: r.value, label: r.label })),
                innerRadius: 40,
                paddingAngle: 1,
              },
            ]}
            onItemClick={(_, item) => open(item.dataIndex)}
          />
        )}
      </Box>
      <Box component="figcaption" sx={visuallyHidden}>
        {title}: {chartSummary(rows)}
      </Box>
    </figure>
  );
}
