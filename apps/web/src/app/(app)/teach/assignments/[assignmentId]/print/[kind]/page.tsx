import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { PrintPaper } from "../print-paper";
import { PrintResults } from "../print-results";

const KINDS = ["paper", "key", "results"] as const;
type TKind = (typeof KINDS)[number];
const isKind = (kind: string): kind is TKind => (KINDS as readonly string[]).includes(kind);

type Params = { params: Promise<{ assignmentId: string; kind: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations("manage.print");
  return { title: isKind(kind) ? t(`${kind}Title`) : t("paperTitle") };
}

/** Printable A4 sheets of an assignment: the quiz paper, the teacher's copy with keys, the class's results. */
export default async function PrintPage({ params }: Params) {
  const { assignmentId, kind } = await params;
  if (!isKind(kind)) notFound();
  prefetch(trpc.assignment.get.queryOptions({ assignmentId }));
  return (
    <HydrateClient>
      {kind === "results" ? (
        <PrintResults assignmentId={assignmentId} />
      ) : (
        <PrintPaper assignmentId={assignmentId} withKeys={kind === "key"} />
      )}
    </HydrateClient>
  );
}
