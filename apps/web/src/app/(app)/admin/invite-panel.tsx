"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";

/** Issues invitation links (shown once, copyable) and lists recent ones with their status. */
export function InvitePanel() {
  const t = useTranslations("admin.invite");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const invite = useMutation(trpc.admin.invite.mutationOptions());
  const revoke = useMutation(trpc.admin.revokeInvitation.mutationOptions());
  const list = useQuery(trpc.admin.invitations.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.admin.invitations.queryKey() });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    setError(null);
    setNotice("");
    try {
      const created = await invite.mutateAsync({
        email: formText(form, "email"),
        days: Number(formText(form, "days")) || 7,
      });
      // The code exists only in this answer: the server keeps its hash.
      setLink(`${window.location.origin}/invite/${created.code}`);
      formEl.reset();
      refresh();
    } catch (e) {
      const { code, fields } = errorCode(e);
      setError(
        t.has(`errors.${fields.email ?? code}`) ? t(`errors.${fields.email ?? code}`) : t("errors.generic"),
      );
    }
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setNotice(t("copied"));
    } catch {
      setNotice(t("copyFailed"));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-5">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-muted">{t("body")}</p>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <FormAlert message={error} />
        <FormField label={t("email")} name="email" type="email" autoComplete="off" hint={t("emailHint")} />
        <div className="space-y-1.5">
          <label htmlFor={`${id}-days`} className="block font-medium">
            {t("days")}
          </label>
          <select id={`${id}-days`} name="days" className="field" defaultValue="7">
            {[1, 3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {t("daysOption", { d })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary" disabled={invite.isPending}>
          {t("submit")}
        </button>
      </form>
      {link && (
        <div
          className="border-accent bg-accent-soft space-y-3 rounded-xl border p-4"
          data-testid="invitation-link"
        >
          <p className="font-medium">{t("linkOnce")}</p>
          <label htmlFor={`${id}-link`} className="sr-only">
            {t("linkLabel")}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            className="field font-mono text-sm"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="btn-secondary" onClick={() => void copy()}>
            {t("copy")}
          </button>
        </div>
      )}
      <p role="status" className={notice ? "text-ok font-medium" : "sr-only"}>
        {notice}
      </p>
      {list.data && list.data.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-[15px]">
            <caption className="sr-only">{t("listCaption")}</caption>
            <thead className="text-muted">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("colFor")}</th>
                <th className="py-2 pr-4 font-medium">{t("colStatus")}</th>
                <th className="py-2 pr-4 font-medium">{t("colExpires")}</th>
                <th className="py-2 font-medium">
                  <span className="sr-only">{t("colActions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {list.data.map((inv) => (
                <tr key={inv.id}>
                  <td className="py-2 pr-4 break-all">{inv.email ?? t("anyone")}</td>
                  <td className="py-2 pr-4">
                    {t(`status.${inv.status}`)}
                    {inv.redeemedBy && ` · ${inv.redeemedBy.name}`}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <LocalTime date={inv.expiresAt} locale={locale} />
                  </td>
                  <td className="py-2">
                    {inv.status === "OPEN" && (
                      <button
                        type="button"
                        className="btn-secondary min-h-9 px-3 text-sm"
                        disabled={revoke.isPending}
                        onClick={() =>
                          void revoke.mutateAsync({ invitationId: inv.id }).then(() => {
                            setNotice(t("revoked"));
                            refresh();
                          })
                        }
                      >
                        {t("revoke")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
