/** Where each role lands after signing in. */
export const homePathFor = (role: "STUDENT" | "TEACHER") => (role === "TEACHER" ? "/teach" : "/learn");
