import { type Metadata, type Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "~/i18n/client-messages";
import { getScript } from "~/i18n/server-script";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fafaf7" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, script] = await Promise.all([getLocale(), getScript()]);
  return (
    <html lang={locale === "zh-Hant" && script === "hans" ? "zh-Hans" : locale}>
      <body className="min-h-dvh antialiased">
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
