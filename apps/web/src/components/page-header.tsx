export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight">{title}</h1>
        {lead && <p className="text-muted mt-2 text-lg">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
