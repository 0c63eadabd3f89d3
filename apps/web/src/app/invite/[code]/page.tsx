import { PASSWORD_MIN } from "@dc/api";
import { type Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";
import { SiteHeader } from "~/components/site-header";
import { ClientMessages } from "~/i18n/client-messages";
import { getSessionUser } from "~/server/auth";
import { getQueryClient, trpc } from "~/trpc/server";
import { TRPCReactProvider } from "~/trpc/react";
import { RedeemInvitation } from "./redeem-invitation";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

/**
 * An invitation to teach. Signed out: create a teacher account. Signed in as a student (or a
 * self-made, unconfirmed teacher): become a teacher. The role comes from the invitation alone.
 */
export default async function InvitePage({ params }: Params) {
  const { code } = await params;
  const [user, t] = await Promise.all([getSessionUser(), getTranslations("invite")]);
  if (user?.mustChangePassword) redirect("/change-password");
  const invitation = await getQueryClient()
    .fetchQuery(trpc.invitation.check.queryOptions({ code }))
    .catch(() => null);
  const canAccept = !user || user.role === "STUDENT" || (user.role === "TEACHER" && !user.teacherConfirmed);
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-md px-4 py-10 sm:py-16">
        <div className="card p-6 sm:p-8">
          <h1 className="font-serif text-2xl font-bold">{t("title")}</h1>
          {!invitation ? (
            <>
              <p className="text-muted mt-3">{t("invalid")}</p>
              <Link href="/" className="btn-secondary mt-6">
                {t("home")}
              </Link>
            </>
          ) : !canAccept ? (
            <p className="text-muted mt-3">{t("alreadyTeacher")}</p>
          ) : (
            <ClientMessages namespaces={["invite", "auth"]}>
              <TRPCReactProvider>
                <RedeemInvitation
                  code={code}
                  email={invitation.email}
                  signedInAs={user ? { name: user.name, email: user.email } : null}
                  passwordMin={PASSWORD_MIN}
                />
              </TRPCReactProvider>
            </ClientMessages>
          )}
        </div>
      </main>
    </>
  );
}
