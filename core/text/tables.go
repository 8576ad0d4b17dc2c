package text

// latinTab maps U+00C0..U+024F to an ASCII base letter; "_" keeps the rune, "*" is a two-letter fold (see pairFold).
const latinTab = "" +
	"aaaaaa*ceeeeiiiidnooooo_ouuuuy**aaaaaa*ceeeeiiiidnooooo_ouuuuy*y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
	"lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
	"bbbb__occdddd___effg___ikkl__nnooo__pp_____ttttuu_vyyzz_________" +
	"____*********aaiioouuuuuuuuuu_aaaa__ggggkkoooo__j***gg__nnaa____" +
	"aaaaeeeeiiiioooorrrruuuusstt__hh_d____aaeeooooooooyylntj__acclts" +
	"z__bu_eejjqqrryy"

// latinExtTab maps U+1E00..U+1EFF to an ASCII base letter; "_" keeps the rune, "*" is a two-letter fold (see pairFold).
const latinExtTab = "" +
	"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
	"mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
	"wwwwwwwwwwxxxxyyzzzzzzhtwyas__*_aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
	"eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______"

// greekTab maps U+0370..U+03FF to a Latin look-alike; "_" keeps the rune.
const greekTab = "" +
	"_______________j______a_ehi_o_y_iab__ezh_ik_mn_o_p__ty_x__iyaeni" +
	"uaby_e_n_ik_uv_o_pc_tu_x_wiuouw___yyy___________________________" +
	"kpcj_e___c______"

// cyrillicTab maps U+0400..U+052F to a Latin look-alike; "_" keeps the rune.
const cyrillicTab = "" +
	"ee___siij_______a_b__e____k_mho_pcty_x__________a_b__e____k_mho_" +
	"pcty_x__________ee___siij__h________________________vv__________" +
	"______________________________________________yy__________hh____" +
	"l______________laaaa__________________oooo______________________" +
	"dd________________________qqww__________________"
