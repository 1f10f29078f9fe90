/** Lower case, accents removed: "Léa", "lea" and "LEA" are one name; "Enceinte" and "enceinte" one word. */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
