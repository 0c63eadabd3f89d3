import { useTranslations } from "next-intl";
import { STAT_CARD_CLASS } from "./summary-row";

const BLOCK = "rounded-lg bg-stone-100";

/** The dashboard's shape while it loads, with the same card sizes as the loaded page. */
export function DashboardSkeleton() {
  const t = useTranslations("progress");
  return (
    <div aria-busy="true" className="flex flex-col gap-8">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div aria-hidden className="flex animate-pulse flex-col gap-8">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className={STAT_CARD_CLASS}>
              <div className={`${BLOCK} h-4 w-20`} />
              <div className={`${BLOCK} mt-3 h-8 w-16`} />
              <div className={`${BLOCK} mt-auto h-4 w-full`} />
            </div>
          ))}
        </div>
        <div className="card">
          <div className={`${BLOCK} h-6 w-40`} />
          <div className="mt-5 flex flex-col gap-4">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <div key={i} className={`${BLOCK} h-12`} />
            ))}
          </div>
        </div>
        <div className="grid gap-8 lg:grid-cols-2">
          {[0, 1].map((i) => (
            <div key={i} className="card">
              <div className={`${BLOCK} h-6 w-40`} />
              <div className={`${BLOCK} mt-5 h-72`} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
