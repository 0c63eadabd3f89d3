/**
 * Why a state-changing request must be refused, or null. Mutations accept only application/json
 * (a cross-site form can send text/plain, multipart/form-data or urlencoded, never JSON without a
 * CORS preflight), and a browser's request must come from this site: Sec-Fetch-Site when the
 * browser sends it, else Origin. Clients that send neither are not browsers, so cannot carry a
 * victim's cookies across sites.
 */
export function mutationRefusal(req: Request): "UNSUPPORTED_MEDIA_TYPE" | "CROSS_SITE" | null {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return "UNSUPPORTED_MEDIA_TYPE";
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" ? null : "CROSS_SITE";
  const origin = req.headers.get("origin");
  if (origin && origin !== ownOrigin(req)) return "CROSS_SITE";
  return null;
}

/** This site's origin as the request reached it (Host; the server vouches for X-Forwarded-*). */
function ownOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  const proto = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
