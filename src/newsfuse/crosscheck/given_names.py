"""Given names that say a person's gender in English-language news: the most common given
names of men and of women in the United States and Britain over the last eighty years, with
their usual short forms. A name given to both sexes often enough to leave a reader unsure
("Jordan", "Taylor", "Kelly", "Leslie", "Sam", "Chris") is in neither list.

``names.Names.gender`` reads a person's gender from the text first (a gendered title, "X said
she ...", another person of the cluster with the same given name); these lists say it only for
a person the text gives no evidence for, so that a "she said" does not go to a Donald nor a "he
said" to an Elizabeth."""

from __future__ import annotations

MALE_GIVEN = frozenset("""
aaron adam adrian alan albert alex alexander alfred andrew andy angelo anthony antonio arnold
arthur austin barry ben benjamin bernard bill billy bob bobby brad bradley brandon brett brian
bruce bryan carl carlos charles charlie chuck clarence craig curtis dan daniel danny darren
dave david dean dennis derek dick don donald doug douglas duncan dustin dylan earl ed eddie
edward edwin elijah eric ernest ethan eugene frank franklin fred frederick gabriel gary gene
geoffrey george gerald glen glenn gordon graham greg gregory harold harry harvey henry herbert
howard ian isaac jack jacob jake james jason jeff jeffrey jeremy jerome jerry jesse jim jimmy
joe joel john johnny jon jonathan jose joseph joshua juan justin keith ken kenneth kevin kyle
larry lawrence leonard lewis liam louis luke malcolm marcus mark martin marvin matt matthew
maurice max michael mike mitchell nathan neil nicholas nick noah norman oliver oscar patrick paul
pete peter phil philip phillip ralph randall randy ray raymond richard rick ricky rob robert
rodney roger ron ronald ross roy russell ryan samuel scott sean seth shane simon stanley stephen
steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trevor troy
victor vincent walter warren wayne wesley william willie zachary
""".split())

FEMALE_GIVEN = frozenset("""
abigail alice alicia alison allison amanda amber amy andrea angela ann anna anne annie april
ashley audrey barbara beatrice betty beverly brenda bridget brittany carol caroline carolyn
catherine charlotte cheryl christina christine claire cynthia daisy danielle deborah debra denise
diana diane donna doris dorothy edith eileen elaine eleanor elizabeth ellen emily emma erica erin
esther evelyn fiona frances gail gloria grace hannah heather helen irene jacqueline jane janet
janice jean jennifer jessica jill joan joanne josephine joyce judith judy julia julie karen kate
katherine kathleen kathryn kathy katie kimberly kristen laura lauren linda lisa lori louise lucy
margaret maria marie marilyn martha mary megan melanie melissa michelle monica nancy natalie
nicole olivia pamela patricia paula pauline peggy rachel rebecca rita rose ruth sally samantha
sandra sara sarah sharon shirley sophia sophie stephanie sue susan tammy teresa theresa tiffany
tina valerie vanessa victoria virginia wendy
""".split())
