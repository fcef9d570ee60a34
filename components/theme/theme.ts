'use client';
import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  colorSchemes: {
    // MUI's warning orange (#ed6c02) is 3.1:1 on white, too faint for the text of outlined warning buttons
    // (Drain, Mark Failed); this amber keeps the hue at 5:1, as WCAG AA asks of text.
    light: { palette: { warning: { main: '#b45309' } } },
    dark: true,
  },
  cssVariables: { colorSchemeSelector: 'class' },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    // Links sit on tinted table rows (selected, hovered), where primary.main drops below 4.5:1; the darker shade
    // keeps them readable there.
    MuiLink: { defaultProps: { color: 'primary.dark' } },
    MuiTableCell: { styleOverrides: { sizeSmall: { paddingTop: 4, paddingBottom: 4 } } },
  },
});
