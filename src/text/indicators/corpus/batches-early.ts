import { EMPLOYEES_A } from "./employees-a.js";
import { EMPLOYEES_B } from "./employees-b.js";
import { EMPLOYEES_C } from "./employees-c.js";
import { MIXED_A } from "./mixed-a.js";
import { MIXED_B } from "./mixed-b.js";
import { MIXED_C } from "./mixed-c.js";
import { MIXED_D } from "./mixed-d.js";
import { MIXED_E } from "./mixed-e.js";
import { MIXED_F } from "./mixed-f.js";
import { POSITIVE_NEUTRAL } from "./positive-neutral.js";
import { STAFF_MANAGERS } from "./staff-managers.js";
import { TRICKY_A } from "./tricky-a.js";
import { TRICKY_B } from "./tricky-b.js";
import type { RawExample } from "./types.js";
import { VOICES_A } from "./voices-a.js";
import { VOICES_AA } from "./voices-aa.js";
import { VOICES_AB } from "./voices-ab.js";
import { VOICES_AC } from "./voices-ac.js";
import { VOICES_AD } from "./voices-ad.js";
import { VOICES_AE } from "./voices-ae.js";
import { VOICES_AF } from "./voices-af.js";
import { VOICES_AG } from "./voices-ag.js";
import { VOICES_AH } from "./voices-ah.js";
import { VOICES_AI } from "./voices-ai.js";
import { VOICES_AJ } from "./voices-aj.js";
import { VOICES_AK } from "./voices-ak.js";
import { VOICES_AL } from "./voices-al.js";
import { VOICES_AM } from "./voices-am.js";
import { VOICES_AN } from "./voices-an.js";
import { VOICES_AO } from "./voices-ao.js";
import { VOICES_AP } from "./voices-ap.js";
import { VOICES_AQ } from "./voices-aq.js";
import { VOICES_AR } from "./voices-ar.js";
import { VOICES_AS } from "./voices-as.js";
import { VOICES_AT } from "./voices-at.js";
import { VOICES_AU } from "./voices-au.js";
import { VOICES_AV } from "./voices-av.js";
import { VOICES_AW } from "./voices-aw.js";
import { VOICES_AX } from "./voices-ax.js";
import { VOICES_AY } from "./voices-ay.js";
import { VOICES_AZ } from "./voices-az.js";
import { VOICES_B } from "./voices-b.js";
import { VOICES_BA } from "./voices-ba.js";
import { VOICES_BB } from "./voices-bb.js";
import { VOICES_BC } from "./voices-bc.js";
import { VOICES_BD } from "./voices-bd.js";
import { VOICES_BE } from "./voices-be.js";
import { VOICES_BF } from "./voices-bf.js";
import { VOICES_BG } from "./voices-bg.js";
import { VOICES_BH } from "./voices-bh.js";
import { VOICES_BI } from "./voices-bi.js";
import { VOICES_BJ } from "./voices-bj.js";
import { VOICES_BK } from "./voices-bk.js";
import { VOICES_BL } from "./voices-bl.js";
import { VOICES_BM } from "./voices-bm.js";
import { VOICES_BN } from "./voices-bn.js";
import { VOICES_BO } from "./voices-bo.js";
import { VOICES_BP } from "./voices-bp.js";
import { VOICES_BQ } from "./voices-bq.js";
import { VOICES_BR } from "./voices-br.js";
import { VOICES_BS } from "./voices-bs.js";
import { VOICES_BT } from "./voices-bt.js";
import { VOICES_BU } from "./voices-bu.js";
import { VOICES_BV } from "./voices-bv.js";
import { VOICES_BW } from "./voices-bw.js";
import { VOICES_BX } from "./voices-bx.js";
import { VOICES_BY } from "./voices-by.js";
import { VOICES_BZ } from "./voices-bz.js";
import { VOICES_C } from "./voices-c.js";
import { VOICES_CA } from "./voices-ca.js";
import { VOICES_CB } from "./voices-cb.js";
import { VOICES_CC } from "./voices-cc.js";
import { VOICES_CD } from "./voices-cd.js";
import { VOICES_CE } from "./voices-ce.js";
import { VOICES_CF } from "./voices-cf.js";
import { VOICES_CG } from "./voices-cg.js";
import { VOICES_CH } from "./voices-ch.js";
import { VOICES_CI } from "./voices-ci.js";
import { VOICES_CJ } from "./voices-cj.js";
import { VOICES_CK } from "./voices-ck.js";
import { VOICES_CL } from "./voices-cl.js";
import { VOICES_CM } from "./voices-cm.js";
import { VOICES_CN } from "./voices-cn.js";
import { VOICES_CO } from "./voices-co.js";
import { VOICES_CP } from "./voices-cp.js";
import { VOICES_CQ } from "./voices-cq.js";
import { VOICES_CR } from "./voices-cr.js";
import { VOICES_CS } from "./voices-cs.js";
import { VOICES_CT } from "./voices-ct.js";
import { VOICES_CU } from "./voices-cu.js";
import { VOICES_CV } from "./voices-cv.js";
import { VOICES_CW } from "./voices-cw.js";
import { VOICES_CX } from "./voices-cx.js";
import { VOICES_CY } from "./voices-cy.js";
import { VOICES_CZ } from "./voices-cz.js";
import { VOICES_D } from "./voices-d.js";
import { VOICES_E } from "./voices-e.js";
import { VOICES_F } from "./voices-f.js";
import { VOICES_G } from "./voices-g.js";
import { VOICES_H } from "./voices-h.js";
import { VOICES_I } from "./voices-i.js";
import { VOICES_J } from "./voices-j.js";
import { VOICES_K } from "./voices-k.js";
import { VOICES_L } from "./voices-l.js";
import { VOICES_M } from "./voices-m.js";
import { VOICES_N } from "./voices-n.js";
import { VOICES_O } from "./voices-o.js";
import { VOICES_P } from "./voices-p.js";
import { VOICES_Q } from "./voices-q.js";
import { VOICES_R } from "./voices-r.js";
import { VOICES_S } from "./voices-s.js";
import { VOICES_T } from "./voices-t.js";
import { VOICES_U } from "./voices-u.js";
import { VOICES_V } from "./voices-v.js";
import { VOICES_W } from "./voices-w.js";
import { VOICES_X } from "./voices-x.js";
import { VOICES_Y } from "./voices-y.js";
import { VOICES_Z } from "./voices-z.js";

/** The batches of rounds 1 to 15 and those written before them, in file order (see index.ts). */
export const EARLY_BATCHES: ReadonlyArray<
  readonly [name: string, examples: readonly RawExample[]]
> = [
  ["employees-a", EMPLOYEES_A],
  ["employees-b", EMPLOYEES_B],
  ["employees-c", EMPLOYEES_C],
  ["staff-managers", STAFF_MANAGERS],
  ["positive-neutral", POSITIVE_NEUTRAL],
  ["tricky-a", TRICKY_A],
  ["tricky-b", TRICKY_B],
  ["mixed-a", MIXED_A],
  ["mixed-b", MIXED_B],
  ["mixed-c", MIXED_C],
  ["mixed-d", MIXED_D],
  ["mixed-e", MIXED_E],
  ["mixed-f", MIXED_F],
  ["voices-a", VOICES_A],
  ["voices-b", VOICES_B],
  ["voices-c", VOICES_C],
  ["voices-d", VOICES_D],
  ["voices-e", VOICES_E],
  ["voices-f", VOICES_F],
  ["voices-g", VOICES_G],
  ["voices-h", VOICES_H],
  ["voices-i", VOICES_I],
  ["voices-j", VOICES_J],
  ["voices-k", VOICES_K],
  ["voices-l", VOICES_L],
  ["voices-m", VOICES_M],
  ["voices-n", VOICES_N],
  ["voices-o", VOICES_O],
  ["voices-p", VOICES_P],
  ["voices-q", VOICES_Q],
  ["voices-r", VOICES_R],
  ["voices-s", VOICES_S],
  ["voices-w", VOICES_W],
  ["voices-x", VOICES_X],
  ["voices-t", VOICES_T],
  ["voices-u", VOICES_U],
  ["voices-v", VOICES_V],
  ["voices-y", VOICES_Y],
  ["voices-z", VOICES_Z],
  ["voices-aa", VOICES_AA],
  ["voices-ab", VOICES_AB],
  ["voices-ac", VOICES_AC],
  ["voices-ad", VOICES_AD],
  ["voices-ae", VOICES_AE],
  ["voices-af", VOICES_AF],
  ["voices-ag", VOICES_AG],
  ["voices-ah", VOICES_AH],
  ["voices-ai", VOICES_AI],
  ["voices-aj", VOICES_AJ],
  ["voices-ak", VOICES_AK],
  ["voices-al", VOICES_AL],
  ["voices-am", VOICES_AM],
  ["voices-an", VOICES_AN],
  ["voices-ao", VOICES_AO],
  ["voices-ap", VOICES_AP],
  ["voices-aq", VOICES_AQ],
  ["voices-ar", VOICES_AR],
  ["voices-as", VOICES_AS],
  ["voices-at", VOICES_AT],
  ["voices-au", VOICES_AU],
  ["voices-av", VOICES_AV],
  ["voices-aw", VOICES_AW],
  ["voices-ax", VOICES_AX],
  ["voices-ay", VOICES_AY],
  ["voices-az", VOICES_AZ],
  ["voices-ba", VOICES_BA],
  ["voices-bb", VOICES_BB],
  ["voices-bc", VOICES_BC],
  ["voices-bd", VOICES_BD],
  ["voices-be", VOICES_BE],
  ["voices-bf", VOICES_BF],
  ["voices-bg", VOICES_BG],
  ["voices-bh", VOICES_BH],
  ["voices-bi", VOICES_BI],
  ["voices-bj", VOICES_BJ],
  ["voices-bk", VOICES_BK],
  ["voices-bl", VOICES_BL],
  ["voices-bm", VOICES_BM],
  ["voices-bn", VOICES_BN],
  ["voices-bo", VOICES_BO],
  ["voices-bp", VOICES_BP],
  ["voices-bq", VOICES_BQ],
  ["voices-br", VOICES_BR],
  ["voices-bs", VOICES_BS],
  ["voices-bt", VOICES_BT],
  ["voices-bu", VOICES_BU],
  ["voices-bv", VOICES_BV],
  ["voices-bw", VOICES_BW],
  ["voices-bx", VOICES_BX],
  ["voices-by", VOICES_BY],
  ["voices-bz", VOICES_BZ],
  ["voices-ca", VOICES_CA],
  ["voices-cb", VOICES_CB],
  ["voices-cc", VOICES_CC],
  ["voices-cd", VOICES_CD],
  ["voices-ce", VOICES_CE],
  ["voices-cf", VOICES_CF],
  ["voices-cg", VOICES_CG],
  ["voices-ch", VOICES_CH],
  ["voices-ci", VOICES_CI],
  ["voices-cj", VOICES_CJ],
  ["voices-ck", VOICES_CK],
  ["voices-cl", VOICES_CL],
  ["voices-cm", VOICES_CM],
  ["voices-cn", VOICES_CN],
  ["voices-co", VOICES_CO],
  ["voices-cp", VOICES_CP],
  ["voices-cq", VOICES_CQ],
  ["voices-cr", VOICES_CR],
  ["voices-cs", VOICES_CS],
  ["voices-ct", VOICES_CT],
  ["voices-cu", VOICES_CU],
  ["voices-cv", VOICES_CV],
  ["voices-cw", VOICES_CW],
  ["voices-cx", VOICES_CX],
  ["voices-cy", VOICES_CY],
  ["voices-cz", VOICES_CZ],
];
