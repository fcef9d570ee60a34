'use client';
import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { DELIMITER_NAMES } from '@/lib/csv/file-checks';
import { CSV_DELIMITERS, type CsvDelimiter } from '@/lib/csv/parse';

const AUTO = 'auto';
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Props<Auto extends boolean> = {
  value: Auto extends true ? CsvDelimiter | null : CsvDelimiter;
  onChange: (value: Auto extends true ? CsvDelimiter | null : CsvDelimiter) => void;
  /** Offers "Detect" (null), for reading a file. */
  auto?: Auto;
  /** What detection found, shown on the "Detect" option. */
  detected?: CsvDelimiter | null;
};

/** The field delimiter: comma, semicolon (Excel in many European locales), tab or pipe. */
export function DelimiterSelect<Auto extends boolean = false>({
  value,
  onChange,
  auto,
  detected,
}: Props<Auto>) {
  const labelId = useId();
  const emit = onChange as (value: CsvDelimiter | null) => void;
  return (
    <FormControl size="small" sx={{ minWidth: 200 }}>
      <InputLabel id={labelId}>Delimiter</InputLabel>
      <Select
        labelId={labelId}
        label="Delimiter"
        value={value ?? AUTO}
        onChange={(e) => emit(e.target.value === AUTO ? null : e.target.value)}
      >
        {auto && (
          <MenuItem value={AUTO}>
            {detected ? `Detect (found ${DELIMITER_NAMES[detected]})` : 'Detect automatically'}
          </MenuItem>
        )}
        {CSV_DELIMITERS.map((d) => (
          <MenuItem key={d} value={d}>
            {capital(DELIMITER_NAMES[d])}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
