// A real OpenID Connect provider (oidc-provider) for the end-to-end tests of school sign-in: one
// client (the app), a login page where any e-mail of the school signs in, verified. It stands in
// for a school's Google Workspace or Microsoft 365 tenant and needs nothing from the network.
import { createHash, generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

const port = Number(process.env.OIDC_PORT);
const issuer = `http://localhost:${port}`;
const redirectUri = process.env.OIDC_REDIRECT_URI!;

/** Who signed in, by subject: the login page fills it, the provider reads the claims from it. */
const emailBySubject = new Map<string, string>();
const subjectOf = (email: string) =>
  `school-${createHash("sha256").update(email).digest("hex").slice(0, 16)}`;

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const configuration: Configuration = {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID!,
      client_secret: process.env.OIDC_CLIENT_SECRET!,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] as never },
  cookies: { keys: [`e2e-oidc-${port}-cookie-key`] },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Like Google's, the ID token carries the e-mail claims (the app reads only the ID token).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, sub) => {
    const email = emailBySubject.get(sub);
    if (!email) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, email, email_verified: true, name: email.split("@")[0] }),
    };
  },
  // The app is the school's own: no consent screen, the grant is made on the spot.
  loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
    const { client, session, provider } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session!.grantIdFor(client!.clientId);
    if (grantId) return provider.Grant.find(grantId);
    const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
};

const provider = new Provider(issuer, configuration);
provider.on("server_error", (_ctx, error) => console.error("oidc server_error:", error));

const loginPage = (uid: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test School sign-in</title></head>
<body><main><h1>Test School</h1>
<form method="post" action="/interaction/${uid}/login">
<label for="email">School e-mail</label> <input id="email" name="email" type="email" required>
<button type="submit">Continue</button>
</form></main></body></html>`;

async function formBody(req: IncomingMessage) {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

const handleOidc = provider.callback();
createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? "/", issuer).pathname);
  if (!match) return void handleOidc(req, res);
  void (async () => {
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "GET" && !match[2]) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(details.uid));
        return;
      }
      const email = (await formBody(req)).get("email")?.trim().toLowerCase() ?? "";
      const sub = subjectOf(email);
      emailBySubject.set(sub, email);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      console.error("oidc interaction failed:", error);
      res.writeHead(400).end("interaction failed");
    }
  })();
}).listen(port, () => console.log(`OpenID provider for e2e at ${issuer}`));
