"""Given names that say a person's gender in English-language news: the most common given
names of men and of women in the United States and Britain over the last eighty years, with
their usual short forms, and the given names of people often in world news ("Vladimir",
"Kamala", "Mohammed"). A name given to both sexes often enough to leave a reader unsure
("Jordan", "Taylor", "Kelly", "Leslie", "Sam", "Chris") is in neither list.

``names.Names.gender`` reads a person's gender from the text first (a gendered title, "X said
she ...", another person of the cluster with the same given name); these lists say it only for
a person the text gives no evidence for, so that a "she said" does not go to a Donald nor a "he
said" to an Elizabeth. Thirtieth session (spk53): about 150 names of each sex added, each
a name of one sex only ("Hillary", "Melania", "Kristine", "Boris"): tuning speakers right
1914 -> 1916 of 2032 ('He infamously claimed ...' past "Hillary Clinton" is Trump again),
validation unchanged."""

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
aidan alec alvin andre angus archie barack bart beau bennett bernie boris brendan brent brock
bryce caleb calvin cecil cedric chad chester christopher clark claude clayton cliff clifford clint
clyde colin conor connor cory damian damon darrell darryl declan derrick desmond devin dominic
donovan duane dwayne dwight edgar elliot elliott elmer emmanuel enrique erik ernie everett felix
fernando floyd gavin gilbert giovanni giuseppe grant gus guy hank hans harrison hector herman hugh
hugo ivan jackson jamal jared jeb jeremiah jermaine joaquin joey jonah jorge julian julius karl kurt
lance leon leroy lester lloyd lorenzo lucas luis lyndon manuel marco mario marshall mason melvin micah
miguel miles milton mitch mitt mohammed muhammad mohammad ahmed ahmad hassan omar nathaniel ned nelson
newt nigel orlando otis owen pablo pedro percy perry preston quentin rafael ramon randolph raul reggie
reginald rex rhys ricardo rodrigo roland roman ruben rudolph rudy rufus rupert salvador sammy sergei
sergio sidney spencer stefan sterling stewart sylvester terrence tobias toby trent tristan tyler tyrone
vernon vince vladimir volodymyr wade wallace wilbur wilfred willard winston wyatt xavier zach zack
dmitry alexei francois jacques pierre olaf jurgen klaus wolfgang luigi narendra recep jair bashar hosni
muammar saddam kanye elon
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
adele adriana agnes aileen alexandra alexandria allie alma alyssa amelia anita annette antoinette
arlene ava becky belinda bernadette beth bethany betsy bianca blanche bonnie brianna brooke camila
camilla candace cara carla carmen carrie cassandra cathy cecilia celeste celia chelsea chloe cindy clara
claudia colleen connie constance crystal daphne darlene dawn debbie deirdre delia della desiree dolores
dora elena eliza ella eloise elsa elsie emilia erika estelle ethel eva eve felicia florence gabriela
gabrielle genevieve geraldine gina giselle gladys greta gretchen gwen gwendolyn harriet hazel heidi
helena hillary hilary holly ida ilhan imogen ingrid isabel isabella isabelle ivanka jasmine janelle
janine jeanne jeannette jenna jenny jillian joanna jocelyn jodi johanna jolene josie juanita julianne
juliet kamala kara karina karla katharine katrina kayla kelsey kirsten kirstjen krista kristin kristina
kristine kylie lana leah lena leticia lila lillian lily lois lorraine lucia lucille luisa lydia mabel
madeline madeleine maggie mallory mandy marcia margarita marianne marina marjorie marlene marsha
maureen maxine maya meghan melania melinda meredith mia mildred millie miranda miriam molly mona muriel
myra nadia nadine naomi natasha natalia nellie nikki nina nora norma olga paige patsy patti patty
penelope phoebe phyllis priscilla rachael ramona regina renee rhonda roberta robyn rosa rosalind
rosemary roxanne ruby sabrina sadie selena serena sheila shelby shelley sherry sheryl silvia sonia
sonya stacey stacy stella susie suzanne svetlana sylvia tamara tanya tara teri terri thelma tonya
tracey trisha ursula vera veronica vicki vickie viola violet vivian wanda whitney wilma yolanda yvonne
zoe oksana francesca chiara marta ana sofia ines malala oprah beyonce rihanna ivana
""".split())
