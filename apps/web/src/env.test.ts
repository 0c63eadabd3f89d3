import { afterEach, describe, expect, it, vi } from "vitest";

/** The env module as it would load with these variables. */
async function load(vars: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import("./env")).env;
}
afterEach(() => vi.unstubAllEnvs());

const oidc = {
  OIDC_ISSUER: "https://accounts.google.com/",
  OIDC_CLIENT_ID: "id",
  OIDC_CLIENT_SECRET: "secret",
  OIDC_ALLOWED_DOMAINS: " School.edu.hk, @student.school.edu.hk ",
};

describe("env", () => {
  it("turns school sign-in and mail on only when configured", async () => {
    const env = await load({ OIDC_ISSUER: "", SMTP_URL: "", MAIL_FROM: "" });
    expect(env.schoolSignIn).toBeNull();
    expect(env.mail).toBeNull();
  });

  it("normalises the issuer and the domain list", async () => {
    const env = await load({ ...oidc, OIDC_NAME: "Google" });
    expect(env.schoolSignIn).toEqual({
      issuer: "https://accounts.google.com",
      clientId: "id",
      clientSecret: "secret",
      allowedDomains: ["school.edu.hk", "student.school.edu.hk"],
      name: "Google",
    });
  });

  it("refuses half a configuration with a message naming what is missing", async () => {
    await expect(load({ ...oidc, OIDC_CLIENT_SECRET: "" })).rejects.toThrow(/OIDC_CLIENT_SECRET/);
    await expect(load({ ...oidc, OIDC_ALLOWED_DOMAINS: "school, " })).rejects.toThrow(/e-mail domains/);
    await expect(load({ SMTP_URL: "smtp://mail.example:587", MAIL_FROM: "" })).rejects.toThrow(/MAIL_FROM/);
    await expect(load({ SMTP_URL: "http://mail.example", MAIL_FROM: "a@b.c" })).rejects.toThrow(/smtp:\/\//);
  });

  it("points mail links at NEXTAUTH_URL", async () => {
    const env = await load({
      SMTP_URL: "smtp://u:p@mail.example:587",
      MAIL_FROM: "App <no-reply@example.com>",
      NEXTAUTH_URL: "https://learn.example",
    });
    expect(env.mail).toEqual({
      url: "smtp://u:p@mail.example:587",
      from: "App <no-reply@example.com>",
      baseUrl: "https://learn.example",
    });
  });
});
