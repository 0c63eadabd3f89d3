import base from "@dc/eslint-config";
import { boundaries } from "@dc/eslint-config/boundaries";
import { lifecycleWrites } from "@dc/eslint-config/lifecycle";

export default [...base, boundaries("@dc/api"), ...lifecycleWrites];
