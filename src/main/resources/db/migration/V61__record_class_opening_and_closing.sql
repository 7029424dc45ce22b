-- Opening (khai giảng) and closing (bế giảng) of a class (issue 9): the days they happened.
alter table course add column opened_on date;
alter table course add column closed_on date;
