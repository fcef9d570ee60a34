'use client';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import BarChartIcon from '@mui/icons-material/BarChart';
import TableRowsIcon from '@mui/icons-material/TableRows';

export type ChartView = 'chart' | 'table';

/** Chart or table: the table carries the same figures as links, for keyboards and for reading exact values. */
export function ChartViewToggle({
  title,
  value,
  onChange,
}: {
  title: string;
  value: ChartView;
  onChange: (view: ChartView) => void;
}) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      onChange={(_, v: ChartView | null) => v && onChange(v)}
      aria-label={`Show ${title} as`}
    >
      <ToggleButton value="chart" aria-label="Chart">
        <BarChartIcon fontSize="small" />
      </ToggleButton>
      <ToggleButton value="table" aria-label="Table">
        <TableRowsIcon fontSize="small" />
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
