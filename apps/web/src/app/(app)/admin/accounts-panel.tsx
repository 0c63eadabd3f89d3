"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { OneTimePassword } from "./one-time-password";

const FILTERS = ["ALL", "STUDENT", "TEACHER", "UNCONFIRMED_TEACHER", "ADMIN", "DEACTIVATED"] as const;
type TFilter = (typeof FILTERS)[number];

/** Accounts: search, filter, deactivate/reactivate, reset a password, decide self-made teachers. */
export function AccountsPanel() {
  const t = useTranslations("admin.accounts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [search, setSearch] = useState("");
  const [filter, setFilter] = useState<TFilter>("ALL");
  const [notice, setNotice] = useState("");
  const [reset, setReset] = useState<{ name: string; login: string; password: string } | null>(null);
  const query = useDeferredValue(search);
  const accounts = useQuery(trpc.admin.accounts.queryOptions({ search: query || undefined, filter }));
  const setActive = useMutation(trpc.admin.setActive.mutationOptions());
  const resetPassword = useMutation(trpc.admin.resetPassword.mutationOptions());
  const decide = useMutation(trpc.admin.setTeacherStatus.mutationOptions());

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.admin.accounts.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.admin.audit.pathKey() });
  };
  const fail = (e: unknown) => {
    const { code } = errorCode(e);
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic");
  };
  const run = (action: () => Promise<unknown>, done: string) => async () => {
    try {
      await action();
      setNotice(done);
      refresh();
      return null;
    } catch (e) {
      return fail(e);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-5">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
        <div className="space-y-1.5">
          <label htmlFor={`${id}-search`} className="block font-medium">
            {t("search")}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="field"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            maxLength={100}
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-filter`} className="block font-medium">
            {t("filter")}
          </label>
          <select
            id={`${id}-filter`}
            className="field"
            value={filter}
            onChange={(e) => setFilter(e.target.value as TFilter)}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`filters.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className={notice ? "text-ok font-medium" : "sr-only"}>
        {notice}
      </p>
      {reset && <OneTimePassword {...reset} onDone={() => setReset(null)} />}
      {accounts.data?.accounts.length === 0 && <p className="text-muted">{t("none")}</p>}
      <ul className="divide-line divide-y" data-testid="accounts">
        {accounts.data?.accounts.map((a) => {
          const unconfirmed = a.role === "TEACHER" && !a.teacherConfirmedAt;
          const login = a.email ?? a.loginId ?? "";
          return (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {a.name}{" "}
                  <span className="text-muted text-sm font-normal">
                    · {unconfirmed ? t("roles.UNCONFIRMED_TEACHER") : t(`roles.${a.role}`)}
                    {a.deactivatedAt && ` · ${t("deactivated")}`}
                  </span>
                </p>
                <p className="text-muted text-sm break-all">{login}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                {unconfirmed && (
                  <>
                    <ConfirmButton
                      label={t("confirm")}
                      ariaLabel={t("confirmLabel", { name: a.name })}
                      className="btn-primary min-h-9 px-3 text-sm"
                      title={t("confirmTitle", { name: a.name })}
                      body={<p>{t("confirmBody")}</p>}
                      confirmLabel={t("confirm")}
                      onConfirm={run(
                        () => decide.mutateAsync({ userId: a.id, decision: "CONFIRM" }),
                        t("confirmed", { name: a.name }),
                      )}
                    />
                    <ConfirmButton
                      label={t("demote")}
                      ariaLabel={t("demoteLabel", { name: a.name })}
                      className="btn-secondary min-h-9 px-3 text-sm"
                      title={t("demoteTitle", { name: a.name })}
                      body={<p>{t("demoteBody")}</p>}
                      confirmLabel={t("demote")}
                      onConfirm={run(
                        () => decide.mutateAsync({ userId: a.id, decision: "DEMOTE" }),
                        t("demoted", { name: a.name }),
                      )}
                    />
                  </>
                )}
                <ConfirmButton
                  label={t("reset")}
                  ariaLabel={t("resetLabel", { name: a.name })}
                  className="btn-secondary min-h-9 px-3 text-sm"
                  title={t("resetTitle", { name: a.name })}
                  body={<p>{t("resetBody")}</p>}
                  confirmLabel={t("reset")}
                  onConfirm={run(
                    async () => {
                      const slip = await resetPassword.mutateAsync({ userId: a.id });
                      setReset({
                        name: slip.name,
                        login: slip.loginId ?? slip.email ?? "",
                        password: slip.password,
                      });
                    },
                    t("resetDone", { name: a.name }),
                  )}
                />
                <ConfirmButton
                  label={a.deactivatedAt ? t("reactivate") : t("deactivate")}
                  ariaLabel={t(a.deactivatedAt ? "reactivateLabel" : "deactivateLabel", { name: a.name })}
                  className="btn-secondary min-h-9 px-3 text-sm"
                  title={t(a.deactivatedAt ? "reactivateTitle" : "deactivateTitle", { name: a.name })}
                  body={<p>{a.deactivatedAt ? t("reactivateBody") : t("deactivateBody")}</p>}
                  confirmLabel={a.deactivatedAt ? t("reactivate") : t("deactivate")}
                  onConfirm={run(
                    () => setActive.mutateAsync({ userId: a.id, active: a.deactivatedAt !== null }),
                    t(a.deactivatedAt ? "reactivated" : "deactivatedDone", { name: a.name }),
                  )}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
