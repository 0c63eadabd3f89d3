import { redirect } from "next/navigation";
import { SiteHeader } from "~/components/site-header";
import { homePathFor } from "~/lib/home-path";
import { getSessionUser } from "~/server/auth";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-md px-4 py-10 sm:py-16">
        {children}
      </main>
    </>
  );
}
