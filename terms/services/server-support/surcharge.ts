import { surcharge as nttWestSurcharge } from "../ntt-west-common/surcharge.js";
import { cite } from "./cite.js";

export const surcharge = nttWestSurcharge([
  cite("第26条", "契約者は、料金の支払いを不法に免れた場合は、その免れた額のほか、その免れた額（消費税相当額を加算"),
  cite("第26条", "しない額とします｡）の 2倍に相当する額に消費税相当額を加算した額、料金表の規定により消費税相当額を加"),
  cite("第26条", "算しないこととされている料金にあっては、その免れた額の 2 倍に相当する額）を割増金として支払って頂き"),
]);
