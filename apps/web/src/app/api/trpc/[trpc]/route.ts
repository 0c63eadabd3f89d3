import { trpcRoute } from "~/server/trpc-route";

export { trpcRoute as GET, trpcRoute as POST };
