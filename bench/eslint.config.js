import base from "@dc/eslint-config";
import { boundaries } from "@dc/eslint-config/boundaries";

export default [...base, boundaries("@dc/bench")];
