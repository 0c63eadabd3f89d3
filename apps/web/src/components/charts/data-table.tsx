/** Classes shared by the charts' data tables. */
export const TABLE = {
  table: "w-full min-w-[18rem] text-left text-sm tabular-nums",
  head: "border-line text-muted border-b bg-stone-50",
  th: "px-3 py-2 font-medium",
  row: "border-line border-b last:border-0",
  cell: "px-3 py-1.5",
} as const;

type TColumn = {
  label: string;
  /** Right-aligned, so that the numbers below line up. */
  numeric?: boolean;
};

/**
 * A chart's data as a table: a caption (for screen readers only unless `showCaption`), a header
 * row naming the columns, the body's rows (`children`) and an optional footer.
 */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  children,
  foot,
}: {
  caption: string;
  showCaption?: boolean;
  columns: TColumn[];
  children: React.ReactNode;
  foot?: React.ReactNode;
}) {
  return (
    <table className={TABLE.table}>
      <caption className={showCaption ? "text-muted pb-1 text-left text-sm" : "sr-only"}>{caption}</caption>
      <thead className={TABLE.head}>
        <tr>
          {columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={column.numeric ? `${TABLE.th} text-right` : TABLE.th}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}

/** The cell that names its row. */
export function RowHeader({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <th scope="row" className={[TABLE.cell, "font-medium", className].filter(Boolean).join(" ")}>
      {children}
    </th>
  );
}

/** A right-aligned cell, for numbers. */
export function NumberCell({ children }: { children: React.ReactNode }) {
  return <td className={`${TABLE.cell} text-right`}>{children}</td>;
}
