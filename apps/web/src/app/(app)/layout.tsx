import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUEST_PATH_HEADER, signInPathFor } from "~/lib/return-path";
import { SiteHeader } from "~/components/site-header";
import { getSessionUser } from "~/server/auth";
import { TRPCReactProvider } from "~/trpc/react";

/** The signed-in shell: every page under it needs a session. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect(signInPathFor((await headers()).get(REQUEST_PATH_HEADER)));
  // A one-time password (roster slip, reset) must be replaced before anything else.
  if (user.mustChangePassword) redirect("/change-password");
  return (
    <TRPCReactProvider>
      <SiteHeader user={user} withBell />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
        {children}
      </main>
    </TRPCReactProvider>
  );
}
