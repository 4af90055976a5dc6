/** Every reviewer probe of the eight adversarial rounds. */
import type { Probe } from './probe-model';
import { ROUND_1_A } from './probe-cases-r1a';
import { ROUND_1_B } from './probe-cases-r1b';
import { ROUND_1_C } from './probe-cases-r1c';
import { ROUND_1_D } from './probe-cases-r1d';
import { ROUND_1_E } from './probe-cases-r1e';
import { ROUND_1_F } from './probe-cases-r1f';
import { ROUND_1_G } from './probe-cases-r1g';
import { ROUND_1_H } from './probe-cases-r1h';
import { ROUND_1_I } from './probe-cases-r1i';
import { ROUND_1_J } from './probe-cases-r1j';
import { ROUND_1_K } from './probe-cases-r1k';
import { ROUND_1_L } from './probe-cases-r1l';
import { ROUND_1_M } from './probe-cases-r1m';
import { ROUND_1_N } from './probe-cases-r1n';
import { ROUND_1_O } from './probe-cases-r1o';
import { ROUND_2_A } from './probe-cases-r2a';
import { ROUND_2_B } from './probe-cases-r2b';
import { ROUND_2_C } from './probe-cases-r2c';
import { ROUND_2_D } from './probe-cases-r2d';
import { ROUND_2_E } from './probe-cases-r2e';
import { ROUND_2_F } from './probe-cases-r2f';
import { ROUND_2_G } from './probe-cases-r2g';
import { ROUND_2_H } from './probe-cases-r2h';
import { ROUND_2_I } from './probe-cases-r2i';
import { ROUND_3_A } from './probe-cases-r3a';
import { ROUND_3_B } from './probe-cases-r3b';
import { ROUND_3_C } from './probe-cases-r3c';
import { ROUND_3_D } from './probe-cases-r3d';
import { ROUND_3_E } from './probe-cases-r3e';
import { ROUND_3_F } from './probe-cases-r3f';
import { ROUND_4_A } from './probe-cases-r4a';
import { ROUND_4_B } from './probe-cases-r4b';
import { ROUND_4_C } from './probe-cases-r4c';
import { ROUND_4_D } from './probe-cases-r4d';
import { ROUND_4_EXTRA } from './probe-cases-r4-extra';
import { ROUND_5_A } from './probe-cases-r5-a';
import { ROUND_5_B } from './probe-cases-r5-b';
import { ROUND_5_C } from './probe-cases-r5-c';
import { ROUND_5_D } from './probe-cases-r5-d';
import { ROUND_5_E } from './probe-cases-r5-e';
import { ROUND_5_F } from './probe-cases-r5-f';
import { ROUND_5_G } from './probe-cases-r5-g';
import { ROUND_5_H } from './probe-cases-r5-h';
import { ROUND_6_A } from './probe-cases-r6-a';
import { ROUND_6_B } from './probe-cases-r6-b';
import { ROUND_6_C } from './probe-cases-r6-c';
import { ROUND_6_D } from './probe-cases-r6-d';
import { ROUND_7_A } from './probe-cases-r7-a';
import { ROUND_7_B } from './probe-cases-r7-b';
import { ROUND_7_C } from './probe-cases-r7-c';
import { ROUND_7_D } from './probe-cases-r7-d';
import { ROUND_8_A } from './probe-cases-r8-a';
import { ROUND_8_B } from './probe-cases-r8-b';
import { ROUND_8_C } from './probe-cases-r8-c';
import { ROUND_8_D } from './probe-cases-r8-d';
import { ROUND_8_E } from './probe-cases-r8-e';
import { ROUND_8_F } from './probe-cases-r8-f';
import { ROUND_8_G } from './probe-cases-r8-g';
import { ROUND_8_H } from './probe-cases-r8-h';
import { ROUND_8_I } from './probe-cases-r8-i';
import { ROUND_8_J } from './probe-cases-r8-j';
import { ROUND_8_K } from './probe-cases-r8-k';
import { ROUND_8_L } from './probe-cases-r8-l';
import { ROUND_8_M } from './probe-cases-r8-m';
import { ROUND_8_N } from './probe-cases-r8-n';
import { ROUND_8_O } from './probe-cases-r8-o';
import { ROUND_8_P } from './probe-cases-r8-p';
import { ROUND_8_Q } from './probe-cases-r8-q';
import { ROUND_9_A } from './probe-cases-r9-a';
import { ROUND_9_B } from './probe-cases-r9-b';
import { ROUND_9_C } from './probe-cases-r9-c';
import { ROUND_9_D } from './probe-cases-r9-d';
import { ROUND_9_E } from './probe-cases-r9-e';
import { ROUND_9_F } from './probe-cases-r9-f';
import { ROUND_9_G } from './probe-cases-r9-g';
import { ROUND_9_H } from './probe-cases-r9-h';
import { ROUND_10_A } from './probe-cases-r10-a';
import { ROUND_10_B } from './probe-cases-r10-b';
import { ROUND_11_A } from './probe-cases-r11-a';
import { ROUND_11_B } from './probe-cases-r11-b';
import { ROUND_12_A } from './probe-cases-r12-a';
import { ROUND_12_B } from './probe-cases-r12-b';
import { ROUND_13_A } from './probe-cases-r13-a';
import { ROUND_13_B } from './probe-cases-r13-b';
import { ROUND_14_A } from './probe-cases-r14-a';
import { ROUND_14_B } from './probe-cases-r14-b';
import { ROUND_15_A } from './probe-cases-r15-a';
import { ROUND_15_B } from './probe-cases-r15-b';
import { ROUND_16_A } from './probe-cases-r16-a';
import { ROUND_16_B } from './probe-cases-r16-b';
import { ROUND_17_A } from './probe-cases-r17-a';
import { ROUND_17_B } from './probe-cases-r17-b';
import { ROUND_21 } from './probe-cases-r21-a';
import { ROUND_23 } from './probe-cases-r23-a';
import { ROUND_25 } from './probe-cases-r25-a';
import { ROUND_26 } from './probe-cases-r26-a';
import { ROUND_27 } from './probe-cases-r27-a';
import { ROUND_28 } from './probe-cases-r28-a';
import { ROUND_29 } from './probe-cases-r29-a';
import { ROUND_30 } from './probe-cases-r30-a';
import { ROUND_31 } from './probe-cases-r31-a';
import { ROUND_32 } from './probe-cases-r32-a';
import { ROUND_34 } from './probe-cases-r34-a';
import { ROUND_36 } from './probe-cases-r36-a';
import { ROUND_38 } from './probe-cases-r38-a';
import { ROUND_41 } from './probe-cases-r41-a';
import { ROUND_42 } from './probe-cases-r42-a';
import { ROUND_43 } from './probe-cases-r43-a';
import { ROUND_44 } from './probe-cases-r44-a';
import { ROUND_45 } from './probe-cases-r45-a';
import { ROUND_46 } from './probe-cases-r46-a';
import { ROUND_47 } from './probe-cases-r47-a';
import { ROUND_48 } from './probe-cases-r48-a';
import { ROUND_49 } from './probe-cases-r49-a';
import { ROUND_50 } from './probe-cases-r50-a';
import { ROUND_51_A } from './probe-cases-r51-a';
import { ROUND_51_B } from './probe-cases-r51-b';
import { ROUND_51_C } from './probe-cases-r51-c';
import { ROUND_52_A } from './probe-cases-r52-a';
import { ROUND_52_B } from './probe-cases-r52-b';
import { ROUND_52_C } from './probe-cases-r52-c';
import { ROUND_52_D } from './probe-cases-r52-d';
import { ROUND_52_E } from './probe-cases-r52-e';
import { ROUND_53_A } from './probe-cases-r53-a';
import { ROUND_53_B } from './probe-cases-r53-b';
import { ROUND_53_C } from './probe-cases-r53-c';
import { ROUND_53_D } from './probe-cases-r53-d';
import { ROUND_54_A } from './probe-cases-r54-a';
import { ROUND_54_B } from './probe-cases-r54-b';
import { ROUND_54_C } from './probe-cases-r54-c';
import { ROUND_54_D } from './probe-cases-r54-d';
import { ROUND_54_E } from './probe-cases-r54-e';
import { ROUND_55_A } from './probe-cases-r55-a';
import { ROUND_55_B } from './probe-cases-r55-b';
import { ROUND_55_C } from './probe-cases-r55-c';
import { ROUND_55_D } from './probe-cases-r55-d';
import { ROUND_55_E } from './probe-cases-r55-e';
import { ROUND_55_F } from './probe-cases-r55-f';
import { ROUND_55_G } from './probe-cases-r55-g';
import { ROUND_55_H } from './probe-cases-r55-h';
import { ROUND_55_I } from './probe-cases-r55-i';
import { ROUND_55_J } from './probe-cases-r55-j';
import { ROUND_56_A } from './probe-cases-r56-a';
import { ROUND_56_B } from './probe-cases-r56-b';
import { ROUND_56_C } from './probe-cases-r56-c';
import { ROUND_56_D } from './probe-cases-r56-d';
import { ROUND_56_E } from './probe-cases-r56-e';
import { ROUND_57_A } from './probe-cases-r57-a';
import { ROUND_57_B } from './probe-cases-r57-b';
import { ROUND_57_C } from './probe-cases-r57-c';
import { ROUND_57_D } from './probe-cases-r57-d';
import { ROUND_57_E } from './probe-cases-r57-e';
import { ROUND_58_A } from './probe-cases-r58-a';
import { ROUND_58_B } from './probe-cases-r58-b';
import { ROUND_58_C } from './probe-cases-r58-c';
import { ROUND_58_D } from './probe-cases-r58-d';
import { ROUND_58_E } from './probe-cases-r58-e';
import { ROUND_58_F } from './probe-cases-r58-f';

export const PROBES: readonly Probe[] = [
  ...ROUND_1_A,
  ...ROUND_1_B,
  ...ROUND_1_C,
  ...ROUND_1_D,
  ...ROUND_1_E,
  ...ROUND_1_F,
  ...ROUND_1_G,
  ...ROUND_1_H,
  ...ROUND_1_I,
  ...ROUND_1_J,
  ...ROUND_1_K,
  ...ROUND_1_L,
  ...ROUND_1_M,
  ...ROUND_1_N,
  ...ROUND_1_O,
  ...ROUND_2_A,
  ...ROUND_2_B,
  ...ROUND_2_C,
  ...ROUND_2_D,
  ...ROUND_2_E,
  ...ROUND_2_F,
  ...ROUND_2_G,
  ...ROUND_2_H,
  ...ROUND_2_I,
  ...ROUND_3_A,
  ...ROUND_3_B,
  ...ROUND_3_C,
  ...ROUND_3_D,
  ...ROUND_3_E,
  ...ROUND_3_F,
  ...ROUND_4_A,
  ...ROUND_4_B,
  ...ROUND_4_C,
  ...ROUND_4_D,
  ...ROUND_4_EXTRA,
  ...ROUND_5_A,
  ...ROUND_5_B,
  ...ROUND_5_C,
  ...ROUND_5_D,
  ...ROUND_5_E,
  ...ROUND_5_F,
  ...ROUND_5_G,
  ...ROUND_5_H,
  ...ROUND_6_A,
  ...ROUND_6_B,
  ...ROUND_6_C,
  ...ROUND_6_D,
  ...ROUND_7_A,
  ...ROUND_7_B,
  ...ROUND_7_C,
  ...ROUND_7_D,
  ...ROUND_8_A,
  ...ROUND_8_B,
  ...ROUND_8_C,
  ...ROUND_8_D,
  ...ROUND_8_E,
  ...ROUND_8_F,
  ...ROUND_8_G,
  ...ROUND_8_H,
  ...ROUND_8_I,
  ...ROUND_8_J,
  ...ROUND_8_K,
  ...ROUND_8_L,
  ...ROUND_8_M,
  ...ROUND_8_N,
  ...ROUND_8_O,
  ...ROUND_8_P,
  ...ROUND_8_Q,
  ...ROUND_9_A,
  ...ROUND_9_B,
  ...ROUND_9_C,
  ...ROUND_9_D,
  ...ROUND_9_E,
  ...ROUND_9_F,
  ...ROUND_9_G,
  ...ROUND_9_H,
  ...ROUND_10_A,
  ...ROUND_10_B,
  ...ROUND_11_A,
  ...ROUND_11_B,
  ...ROUND_12_A,
  ...ROUND_12_B,
  ...ROUND_13_A,
  ...ROUND_13_B,
  ...ROUND_14_A,
  ...ROUND_14_B,
  ...ROUND_15_A,
  ...ROUND_15_B,
  ...ROUND_16_A,
  ...ROUND_16_B,
  ...ROUND_17_A,
  ...ROUND_17_B,
  ...ROUND_21,
  ...ROUND_23,
  ...ROUND_25,
  ...ROUND_26,
  ...ROUND_27,
  ...ROUND_28,
  ...ROUND_29,
  ...ROUND_30,
  ...ROUND_31,
  ...ROUND_32,
  ...ROUND_34,
  ...ROUND_36,
  ...ROUND_38,
  ...ROUND_41,
  ...ROUND_42,
  ...ROUND_43,
  ...ROUND_44,
  ...ROUND_45,
  ...ROUND_46,
  ...ROUND_47,
  ...ROUND_48,
  ...ROUND_49,
  ...ROUND_50,
  ...ROUND_51_A,
  ...ROUND_51_B,
  ...ROUND_51_C,
  ...ROUND_52_A,
  ...ROUND_52_B,
  ...ROUND_52_C,
  ...ROUND_52_D,
  ...ROUND_52_E,
  ...ROUND_53_A,
  ...ROUND_53_B,
  ...ROUND_53_C,
  ...ROUND_53_D,
  ...ROUND_54_A,
  ...ROUND_54_B,
  ...ROUND_54_C,
  ...ROUND_54_D,
  ...ROUND_54_E,
  ...ROUND_55_A,
  ...ROUND_55_B,
  ...ROUND_55_C,
  ...ROUND_55_D,
  ...ROUND_55_E,
  ...ROUND_55_F,
  ...ROUND_55_G,
  ...ROUND_55_H,
  ...ROUND_55_I,
  ...ROUND_55_J,
  ...ROUND_56_A,
  ...ROUND_56_B,
  ...ROUND_56_C,
  ...ROUND_56_D,
  ...ROUND_56_E,
  ...ROUND_57_A,
  ...ROUND_57_B,
  ...ROUND_57_C,
  ...ROUND_57_D,
  ...ROUND_57_E,
  ...ROUND_58_A,
  ...ROUND_58_B,
  ...ROUND_58_C,
  ...ROUND_58_D,
  ...ROUND_58_E,
  ...ROUND_58_F,
];
