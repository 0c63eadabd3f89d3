import react from "@dc/eslint-config/react";
import { boundaries } from "@dc/eslint-config/boundaries";

export default [...react, boundaries("@dc/web")];
