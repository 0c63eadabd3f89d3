import { redirect } from "next/navigation";
import { SiteHeader } from "~/components/site-header";
import { homePathFor } from "~/lib/home-path";
import { ClientMessages } from "~/i18n/client-messages";
import { getSessionUser } from "~/server/auth";
import { TRPCReactProvider } from "~/trpc/react";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-md px-4 py-10 sm:py-16">
        <ClientMessages namespaces={["auth", "schoolSignIn", "passwordReset"]}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </ClientMessages>
      </main>
    </>
  );
}
