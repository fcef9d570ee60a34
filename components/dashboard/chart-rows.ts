/** A bar or slice and the filtered list it stands for. */
export type ChartRow = { label: string; value: number; href: string };

/** One value per row and category, e.g. per tenant: virtual servers, pools, members. */
export type ChartSeries = { label: string; values: readonly { value: number; href: string }[] };

/** "HTTPS 12, HTTP 9, TCP 4": what a screen reader hears instead of the picture. */
export const chartSummary = (rows: readonly ChartRow[]) =>
  rows.map((r) => `${r.label} ${r.value.toLocaleString()}`).join(', ');
