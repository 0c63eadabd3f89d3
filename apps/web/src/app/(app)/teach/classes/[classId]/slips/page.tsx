import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "~/i18n/client-messages";
import { SlipSheet } from "./slip-sheet";

type Params = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roster"))("slipsTitle") };
}

/** Printable login slips (A4, cut lines), from the import or reset that just happened in this tab. */
export default async function SlipsPage({ params }: Params) {
  const { classId } = await params;
  return (
    <ClientMessages namespaces={["roster"]}>
      <SlipSheet classId={classId} />
    </ClientMessages>
  );
}
