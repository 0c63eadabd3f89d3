import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreviewPlayer } from "./preview-player";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage.preview"))("title") };
}

/** Taking the assignment as a student would, with nothing recorded. */
export default async function PreviewPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return <PreviewPlayer assignmentId={assignmentId} />;
}
