"""find_figures on one figure per sentence (or none): surface → (kind, value, value_max, unit, qualifier)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.figures.english import find_figures, infer_currency

N = None
# sentence, surface (None: no figure at all), kind, value, value_max, unit, qualifier
CASES: list[tuple[str, str | None, str, str, str | None, str, str]] = [
    # -- money: region-prefixed dollars, codes before and after, symbols, scale words and abbreviations
    ("The Government will spend over HK$150 billion on the project.", "over HK$150 billion", "money", "150000000000", N, "HKD", "over"),
    ("The fund holds US$52.7 billion in assets.", "US$52.7 billion", "money", "52700000000", N, "USD", ""),
    ("Singapore set aside S$1.5 billion for research.", "S$1.5 billion", "money", "1500000000", N, "SGD", ""),
    ("Taipei budgeted NT$30 billion for chips.", "NT$30 billion", "money", "30000000000", N, "TWD", ""),
    ("Canberra pledged A$2 billion to the scheme.", "A$2 billion", "money", "2000000000", N, "AUD", ""),
    ("Ottawa pledged C$500 million to the programme.", "C$500 million", "money", "500000000", N, "CAD", ""),
    ("Each resident received MOP$10,000 in consumption vouchers.", "MOP$10,000", "money", "10000", N, "MOP", ""),
    # a letters-only symbol one currency uses, glued to a grouped amount; a currency name only one country bears
    ("Mean household income was RM17,298 a month.", "RM17,298", "money", "17298", N, "MYR", ""),
    ("The programme costs 5 billion ringgit over the plan.", "5 billion ringgit", "money", "5000000000", N, "MYR", ""),
    # 'billon', the common typing slip for 'billion'
    ("The Government set aside US$2.5 billon for the scheme.", "US$2.5 billon", "money", "2500000000", N, "USD", ""),
    ("Gaming revenue recovered to about MOP183 billion last year.", "about MOP183 billion", "money", "183000000000", N, "MOP", "about"),
    ("GDP per capita reached MOP559,495 in that year.", "MOP559,495", "money", "559495", N, "MOP", ""),
    ("A further HKD 5 million was granted to the council.", "HKD 5 million", "money", "5000000", N, "HKD", ""),
    ("The city invested RMB 2.5 billion in the park.", "RMB 2.5 billion", "money", "2500000000", N, "CNY", ""),
    ("The province invested 2.5 billion yuan in the zone.", "2.5 billion yuan", "money", "2500000000", N, "CNY", ""),
    ("Shenzhen put 800 million renminbi into the fund.", "800 million renminbi", "money", "800000000", N, "CNY", ""),
    ("The record was 360 billion patacas in that year.", "360 billion patacas", "money", "360000000000", N, "MOP", ""),
    ("The Commission mobilised €3bn for pilot lines.", "€3bn", "money", "3000000000", N, "EUR", ""),
    ("The Chips Act mobilises €43 billion of investment.", "€43 billion", "money", "43000000000", N, "EUR", ""),
    ("The UK will invest £40m in compound semiconductors.", "£40m", "money", "40000000", N, "GBP", ""),
    ("The strategy commits up to £1 billion over the period.", "up to £1 billion", "money", "1000000000", N, "GBP", "up to"),
    ("The company raised 5 million euros from investors.", "5 million euros", "money", "5000000", N, "EUR", ""),
    ("A grant of 300 million Hong Kong dollars was approved.", "300 million Hong Kong dollars", "money", "300000000", N, "HKD", ""),
    ("The reserve stood at HK$2 100 billion at year end.", "HK$2 100 billion", "money", "2100000000000", N, "HKD", ""),
    ("Capital spending will be about $90 billion a year.", "about $90 billion", "money", "90000000000", N, "HKD", "about"),
    ("The tax on each ticket is $120 at present.", "$120", "money", "120", N, "HKD", ""),
    ("The allowance is $2,500 per student.", "$2,500", "money", "2500", N, "HKD", ""),
    ("The 2019-20 estimate for the item was $0 million only.", "$0 million", "money", "0", N, "HKD", ""),
    ("The scheme received $3.3bn in total.", "$3.3bn", "money", "3300000000", N, "HKD", ""),
    ("The provision amounts to $2,258 million this year.", "$2,258 million", "money", "2258000000", N, "HKD", ""),
    ("A fund of $1.2 trillion was announced.", "$1.2 trillion", "money", "1200000000000", N, "HKD", ""),
    ("Start-ups may receive up to $500k each.", "up to $500k", "money", "500000", N, "HKD", "up to"),
    ("The Fed spent some US$47.5 billion on it.", "some US$47.5 billion", "money", "47500000000", N, "USD", "some"),
    ("The market is worth around US$1 trillion by 2030.", "around US$1 trillion", "money", "1000000000000", N, "USD", "around"),
    ("The airport project cost nearly HK$141.5 billion to build.", "nearly HK$141.5 billion", "money", "141500000000", N, "HKD", "nearly"),
    ("Fees were set at less than $50 per visit.", "less than $50", "money", "50", N, "HKD", "less than"),
    ("The grant covers at least $1 million of costs.", "at least $1 million", "money", "1000000", N, "HKD", "at least"),
    ("The bill reached approximately HK$4.7 billion.", "approximately HK$4.7 billion", "money", "4700000000", N, "HKD", "approximately"),
    ("The plant cost approx. $5 million to build.", "approx. $5 million", "money", "5000000", N, "HKD", "approx."),
    ("The scheme supports no more than 30 firms a year.", "no more than 30 firms", "count", "30", N, "firm", "no more than"),
    ("Investment totalled almost €12 billion in the period.", "almost €12 billion", "money", "12000000000", N, "EUR", "almost"),
    ("The fund has 20 million US dollars in capital.", "20 million US dollars", "money", "20000000", N, "USD", ""),
    ("The Government launched the HK$30-billion plan in May.", "HK$30-billion", "money", "30000000000", N, "HKD", ""),
    ("The project will cost 3 billion € over a decade.", "3 billion €", "money", "3000000000", N, "EUR", ""),
    ("Macao set aside 100 million Macao patacas for it.", "100 million Macao patacas", "money", "100000000", N, "MOP", ""),
    ("The grant is US $5 million in total.", "US $5 million", "money", "5000000", N, "USD", ""),
    ("The park received RMB¥2 billion from the city.", "RMB¥2 billion", "money", "2000000000", N, "CNY", ""),
    ("The council holds 300 million HK dollars in reserve.", "300 million HK dollars", "money", "300000000", N, "HKD", ""),
    # -- money ranges share scale and currency
    ("The works will cost HK$1-2 billion in total.", "HK$1-2 billion", "money", "1000000000", "2000000000", "HKD", ""),
    ("Each project receives $6-7 billion over the period.", "$6-7 billion", "money", "6000000000", "7000000000", "HKD", ""),
    ("We will issue between $150 billion and $195 billion of bonds.", "between $150 billion and $195 billion", "money", "150000000000", "195000000000", "HKD", ""),
    ("Grants of between $5 and $10 million are offered.", "between $5 and $10 million", "money", "5000000", "10000000", "HKD", ""),
    ("Budgets range from €2 to €4 billion per line.", "€2 to €4 billion", "money", "2000000000", "4000000000", "EUR", ""),
    ("Costs were US$10–12 million per site.", "US$10–12 million", "money", "10000000", "12000000", "USD", ""),
    # -- numbers in every style, counts with their subject
    ("There are 16 provincial key research institutes in the province.", "16 provincial key research institutes", "count", "16", N, "institute", ""),
    ("The park hosts 12,500 companies.", "12,500 companies", "count", "12500", N, "company", ""),
    ("The flagships housed some 4 500 tenants and incubatees.", "some 4 500 tenants", "count", "4500", N, "tenant", "some"),
    ("It granted over 1 700 local and non-local awards.", "over 1 700 local and non-local awards", "count", "1700", N, "award", "over"),
    ("The scheme created about 10 000 jobs last year.", "about 10 000 jobs", "count", "10000", N, "job", "about"),
    ("The Government will build twenty-two new schools.", "twenty-two new schools", "count", "22", N, "school", ""),
    ("Four major cooperation platforms were set up.", "Four major cooperation platforms", "count", "4", N, "platform", ""),
    ("The city has a hundred and fifty clinics.", "a hundred and fifty clinics", "count", "150", N, "clinic", ""),
    ("The programme trained three thousand teachers.", "three thousand teachers", "count", "3000", N, "teacher", ""),
    ("Twenty-seven Member States signed the declaration.", "Twenty-seven Member States", "count", "27", N, "state", ""),
    ("It has 6 Hong Kong branches of the China National Engineering Research Center.", "6 Hong Kong branches", "count", "6", N, "branch", ""),
    ("Hong Kong's 18 districts each have a council.", "18 districts", "count", "18", N, "district", ""),
    ("Nine unicorns have emerged from the park.", "Nine unicorns", "count", "9", N, "unicorn", ""),
    ("The survey covered 2.3 million people.", "2.3 million people", "count", "2300000", N, "person", ""),
    ("The Government will provide 30 000 housing units.", "30 000 housing units", "count", "30000", N, "unit", ""),
    ("The fund supported more than 400 start-ups.", "more than 400 start-ups", "count", "400", N, "start-up", "more than"),
    ("The index covers fewer than 50 companies.", "fewer than 50 companies", "count", "50", N, "company", "fewer than"),
    ("Around 30 projects or so will be selected.", "Around 30 projects", "count", "30", N, "project", "around"),
    ("We expect 200 applications or more each year.", "200 applications or more", "count", "200", N, "application", "at least"),
    ("The sector employs about 650 000 in total.", "about 650 000", "count", "650000", N, "", "about"),
    ("Of the projects, 16 of them are in the north.", "16 of them", "count", "16", N, "", ""),
    ("The Bureau funded 2,000¹ companies in the period.", "2,000¹ companies", "count", "2000", N, "company", ""),
    ("Nearly 60 laboratories were upgraded.", "Nearly 60 laboratories", "count", "60", N, "laboratory", "nearly"),
    ("The fleet includes 3 sets of trains.", "3 sets", "count", "3", N, "set", ""),
    ("The city has 1.5 million households.", "1.5 million households", "count", "1500000", N, "household", ""),
    ("The hub serves 1,200 SMEs across the region.", "1,200 SMEs", "count", "1200", N, "sme", ""),
    ("The park houses 300 staff on site.", "300 staff", "count", "300", N, "staff", ""),
    ("Three police officers were injured in the incident.", "Three police officers", "count", "3", N, "officer", ""),
    ("The sensors disagree by more than 200 feet in altitude.", "more than 200 feet", "length", "200", N, "foot", "more than"),
    ("A dozen new courses will be offered.", "A dozen new courses", "count", "12", N, "course", ""),
    # a dozen multiplies the number before it, as hundred does (was read as that number alone: 2)
    ("Two dozen new clinics will open.", "Two dozen new clinics", "count", "24", N, "clinic", ""),
    ("Some three dozen sites were cleared.", "Some three dozen sites", "count", "36", N, "site", "some"),
    ("Works will start in some 600-odd aided schools.", "some 600-odd aided schools", "count", "600", N, "school", "some"),
    ("The table total is 74,427\nPolicy Address Major Initiatives", "74,427", "count", "74427", N, "", ""),
    ("It supports 16 provincial\nkey research institutes.", "16 provincial\nkey research institutes", "count", "16", N, "institute", ""),
    ("Some 120 new projects seek funding approval.", "Some 120 new projects", "count", "120", N, "project", "some"),
    ("The parties signed 5 agreements and memoranda.", "5 agreements", "count", "5", N, "agreement", ""),
    # -- adjectival forms: measures, durations, counts
    ("The 87-hectare site will be developed in phases.", "87-hectare", "area", "87", N, "hectare", ""),
    ("A 3.8-kilometre link will connect the towns.", "3.8-kilometre", "length", "3.8", N, "kilometre", ""),
    ("The Government announced a 10-year plan for housing.", "10-year", "duration", "10", N, "year", ""),
    ("The report proposed a 3-tier model of support.", "3-tier", "count", "3", N, "tier", ""),
    ("The council published a 78-page document yesterday.", "78-page", "count", "78", N, "page", ""),
    ("An eight-lane bridge will cross the bay.", "eight-lane", "count", "8", N, "lane", ""),
    ("The twenty-year strategy was launched.", "twenty-year", "duration", "20", N, "year", ""),
    ("A 24-hour service will open at the port.", "24-hour", "duration", "24", N, "hour", ""),
    ("The plan lists a 20-storey tower on the site.", "20-storey", "count", "20", N, "storey", ""),
    ("A 500-bed hospital will open in the district.", "500-bed", "count", "500", N, "bed", ""),
    ("A 500-metre promenade runs along the harbour.", "500-metre", "length", "500", N, "metre", ""),
    # -- measures
    ("The site covers 87 hectares of land.", "87 hectares", "area", "87", N, "hectare", ""),
    ("The loop has an area of about 87 ha.", "about 87 ha", "area", "87", N, "hectare", "about"),
    ("The building offers 50 000 square metres of floor space.", "50 000 square metres", "area", "50000", N, "square metre", ""),
    ("Each flat is at least 280 sq ft in size.", "at least 280 sq ft", "area", "280", N, "square foot", "at least"),
    ("The lab occupies 12,000 square feet of space.", "12,000 square feet", "area", "12000", N, "square foot", ""),
    ("The zone spans 120.56 square kilometres in total.", "120.56 square kilometres", "area", "120.56", N, "square kilometre", ""),
    ("The island measures 3.5 km² in area.", "3.5 km²", "area", "3.5", N, "square kilometre", ""),
    ("The district has 2,000 sq m of retail space.", "2,000 sq m", "area", "2000", N, "square metre", ""),
    ("The new line is 26 km long.", "26 km", "length", "26", N, "kilometre", ""),
    ("The tunnel runs 4.8 kilometres under the hills.", "4.8 kilometres", "length", "4.8", N, "kilometre", ""),
    ("The tower will be 300 metres tall.", "300 metres", "length", "300", N, "metre", ""),
    ("The reservoir holds 73 million cubic metres of water.", "73 million cubic metres", "volume", "73000000", N, "cubic metre", ""),
    ("The plant treats 500 tonnes of waste per day.", "500 tonnes", "mass", "500", N, "tonne", ""),
    ("The facility will generate 2 GWh of electricity a year.", "2 GWh", "energy", "2", N, "gigawatt hour", ""),
    ("The panels produce 1.2 million kWh annually.", "1.2 million kWh", "energy", "1200000", N, "kilowatt hour", ""),
    ("The plant has a capacity of 5 to 7 MW.", "5 to 7 MW", "power", "5", "7", "megawatt", ""),
    ("The farm adds 300 megawatts of capacity.", "300 megawatts", "power", "300", N, "megawatt", ""),
    ("Trains run at 200 km/h on the new line.", "200 km/h", "speed", "200", N, "kilometre per hour", ""),
    ("The plot is 10 to 20 hectares in size.", "10 to 20 hectares", "area", "10", "20", "hectare", ""),
    ("The site is between 5 and 10 hectares.", "between 5 and 10 hectares", "area", "5", "10", "hectare", ""),
    # -- percentages
    ("Growth was 3.5% last year.", "3.5%", "percent", "3.5", N, "", ""),
    ("Revenue rose 7 per cent in the quarter.", "7 per cent", "percent", "7", N, "", ""),
    ("Exports grew seven percent in the year.", "seven percent", "percent", "7", N, "", ""),
    ("The rate fell by 0.5 percentage points in June.", "0.5 percentage points", "percent", "0.5", N, "", ""),
    ("The EU aims for at least 20% of world production.", "at least 20%", "percent", "20", N, "", "at least"),
    ("Health accounts for nearly 60% of spending.", "nearly 60%", "percent", "60", N, "", "nearly"),
    ("The subsidy covers from 20 to 30 per cent of costs.", "20 to 30 per cent", "percent", "20", "30", "", ""),
    ("Between 5% and 10% of firms were affected.", "Between 5% and 10%", "percent", "5", "10", "", ""),
    ("Some 20%-30% of firms export.", "Some 20%-30%", "percent", "20", "30", "", "some"),
    ("Real GDP growth was −2.3% in the first year.", "−2.3%", "percent", "-2.3", N, "", ""),
    ("The balance moved to -$4.5 billion at the end.", "-$4.5 billion", "money", "-4500000000", N, "HKD", ""),
    ("The share is about 10% of GDP.", "about 10%", "percent", "10", N, "", "about"),
    ("Unemployment stood at 2.9 per cent in May.", "2.9 per cent", "percent", "2.9", N, "", ""),
    # 'pc' for per cent (Hong Kong and British press), glued or spaced; 'PC' is a personal computer
    ("Retail sales fell 4.6pc in March.", "4.6pc", "percent", "4.6", N, "", ""),
    ("Output grew about 2 pc last year.", "about 2 pc", "percent", "2", N, "", "about"),
    ("The lab bought 24 PC workstations.", "24 PC workstations", "count", "24", N, "workstation", ""),
    ("The tax rate is up to 15 percent for firms.", "up to 15 percent", "percent", "15", N, "", "up to"),
    # -- fractions and ratios
    ("About one-third of the budget goes to research.", "About one-third", "fraction", "0.333333", N, "", "about"),
    ("Two-thirds of the land is green belt.", "Two-thirds", "fraction", "0.666667", N, "", ""),
    ("A quarter of the firms are foreign.", "A quarter", "fraction", "0.25", N, "", ""),
    ("Three quarters of residents agreed.", "Three quarters", "fraction", "0.75", N, "", ""),
    ("Nearly half of the funds were spent.", "Nearly half", "fraction", "0.5", N, "", "nearly"),
    ("Half of the graduates stayed in the city.", "Half", "fraction", "0.5", N, "", ""),
    ("One-fifth of exports go to Europe.", "One-fifth", "fraction", "0.2", N, "", ""),
    ("One in five residents is over sixty.", "One in five", "ratio", "0.2", N, "", ""),
    ("One in ten firms reported losses.", "One in ten", "ratio", "0.1", N, "", ""),
    ("The park is about four times the size of the old one.", "about four times", "ratio", "4", N, "", "about"),
    ("The plan brought a 5-fold increase in output.", "5-fold", "ratio", "5", N, "", ""),
    ("About 1 in 3 firms grew last year.", "About 1 in 3", "ratio", "0.333333", N, "", "about"),
    ("Staff are deployed at a 1:2 ratio to patients.", "1:2", "ratio", "0.5", N, "", ""),
    ("There is a 0.1 increase in the teacher-to-class ratio.", "0.1", "ratio", "0.1", N, "", ""),
    # -- durations
    ("Each speaker is limited to 30 minutes at the meeting.", "30 minutes", "duration", "30", N, "minute", ""),
    ("The alert fires after more than 5 seconds of disagreement.", "more than 5 seconds", "duration", "5", N, "second", "more than"),
    ("It will take four years to complete.", "four years", "duration", "4", N, "year", ""),
    ("The trial lasts 18 months in total.", "18 months", "duration", "18", N, "month", ""),
    ("Output grew over the past three years.", "three years", "duration", "3", N, "year", ""),
    ("Construction will take 3-4 years.", "3-4 years", "duration", "3", "4", "year", ""),
    ("The loan runs between 5 and 10 years.", "between 5 and 10 years", "duration", "5", "10", "year", ""),
    ("Applicants get a reply within 10 working days.", "10 working days", "duration", "10", N, "day", ""),
    ("The pilot runs for six weeks in summer.", "six weeks", "duration", "6", N, "week", ""),
    ("The strategy is spread over ten years.", "over ten years", "duration", "10", N, "year", "over"),
    ("Support lasts for three school years.", "three school years", "duration", "3", N, "year", ""),
    ("Rates are waived for four quarters of 2020-21.", "four quarters", "duration", "4", N, "quarter", ""),
    ("Land sales were strong in the first three quarters of the year.", "three quarters", "duration", "3", N, "quarter", ""),
    ("The works need about two decades to finish.", "about two decades", "duration", "20", N, "year", "about"),
    # -- not figures: years, dates, fiscal years
    ("The plan was published in 2017.", N, "", "", N, "", ""),
    ("The blueprint was released in December 2020.", N, "", "", N, "", ""),
    ("The strategy was published on 19 May 2023.", N, "", "", N, "", ""),
    ("The estimate for 2024-25 is under review.", N, "", "", N, "", ""),
    ("Spending in 2022/23 was reviewed by the council.", N, "", "", N, "", ""),
    ("The programme runs over 2023-2025 in phases.", N, "", "", N, "", ""),
    ("Support starts from the 2020/21 school year.", N, "", "", N, "", ""),
    ("The budget covers the years from 2019-20 to 2021-22.", N, "", "", N, "", ""),
    ("Targets are set for 2030 and 2035.", N, "", "", N, "", ""),
    # -- not figures: ordinals and numbers inside names, versions, labels
    ("The 14th Five-Year Plan supports the city.", N, "", "", N, "", ""),
    ("The 20th National Congress set the direction.", N, "", "", N, "", ""),
    ("The Smart City Blueprint 2.0 was published.", N, "", "", N, "", ""),
    ("Industry 4.0 is changing manufacturing.", N, "", "", N, "", ""),
    ("Phase 2 of the project will start soon.", N, "", "", N, "", ""),
    ("The works on Route 3 are complete.", N, "", "", N, "", ""),
    ("Pillar 3 sets up a monitoring mechanism.", N, "", "", N, "", ""),
    ("Schools in Tier 1 get more support.", N, "", "", N, "", ""),
    ("Applicants at Level 2 must pass a test.", N, "", "", N, "", ""),
    ("The data is protected under Cap. 622 of the laws.", N, "", "", N, "", ""),
    ("The rules appear in section 12 of the Ordinance.", N, "", "", N, "", ""),
    ("See paragraph 45 for the details.", N, "", "", N, "", ""),
    ("3. Gross revenue recovered strongly.", N, "", "", N, "", ""),
    ("The figures are on page 12 of the report.", N, "", "", N, "", ""),
    ("The Two Sessions were held in Beijing.", N, "", "", N, "", ""),
    ("The Big Four firms audit most listed companies.", N, "", "", N, "", ""),
    ("The firm flies the A380 on that route.", N, "", "", N, "", ""),
    ("Most Fortune 500 companies have an office here.", N, "", "", N, "", ""),
    ("The G20 members met in the mid-2020s.", N, "", "", N, "", ""),
    ("Growth was weaker in the 1990s than today.", N, "", "", N, "", ""),
    ("The paper is LC Paper No. CB(1)123/2024 of the Panel.", N, "", "", N, "", ""),
    ("The office opened on July 1, 2025 with a ceremony.", N, "", "", N, "", ""),
    ("Hong Kong ranked 1st in the index again.", N, "", "", N, "", ""),
    ("The version 2.0.1 release fixed the bug.", N, "", "", N, "", ""),
    ("The $2 Scheme helps elderly passengers.", N, "", "", N, "", ""),
    # -- not figures: phone numbers, times, ages, footnotes
    ("For enquiries, call Tel: 2810 2345 during office hours.", N, "", "", N, "", ""),
    ("Please call +852 2810 2345 for details.", N, "", "", N, "", ""),
    ("For details call 619 67 74; fax: +41 (0)41 619 67 73.", N, "", "", N, "", ""),
    ("Issued at HKT 12:45", N, "", "", N, "", ""),
    ("The meeting starts at 9:30 in the morning.", N, "", "", N, "", ""),
    ("The office opens at 10 am on weekdays.", N, "", "", N, "", ""),
    ("Doctors may work in HA after retirement until 65 on contract terms.", N, "", "", N, "", ""),
    ("Residents aged 18 or above may apply.", N, "", "", N, "", ""),
    ("The total commitment1 is under review.", N, "", "", N, "", ""),
    ("The city will roll out 5G networks next year.", N, "", "", N, "", ""),
    ("The report is at https://example.org/2018%20report%20035.pdf online.", N, "", "", N, "", ""),
    ("The rule amends 14 CFR part 25 for transport airplanes.", N, "", "", N, "", ""),
    ("The grounding covered the Model 737-8 and 737-9 airplanes.", N, "", "", N, "", ""),
    ("The 6Flight data recorder was recovered.", N, "", "", N, "", ""),
    ("Daily COVID-19 cases fell sharply in May.", N, "", "", N, "", ""),
    ("Write to info@example.org or the office.", N, "", "", N, "", ""),
    # -- not figures: 'a', 'one of', 'half' as a point in time, lone small numbers
    ("It is one of the priorities of the Government.", N, "", "", N, "", ""),
    # a number spelt out after a label word is a label, as a digit is ('Phase 2')
    ("The rollout of phase two of the plan starts now.", N, "", "", N, "", ""),
    ("Stage three covers 40 schools.", "40 schools", "count", "40", N, "school", ""),
    ("Sales picked up in the second half of the year.", N, "", "", N, "", ""),
    ("The policy was a success on both counts.", N, "", "", N, "", ""),
    ("A new office will open in the district.", N, "", "", N, "", ""),
    ("The Government will set up a one-stop shop.", N, "", "", N, "", ""),
    ("The city aims for zero-carbon buildings by mid-century.", N, "", "", N, "", ""),
    ("It supports three-dimensional printing and two-way trade.", N, "", "", N, "", ""),
    ("We take a two-pronged approach to the problem.", N, "", "", N, "", ""),
    ("Programmes for 30-year-old graduates were reviewed.", N, "", "", N, "", ""),
    ("The Council will appoint a third party to audit the fund.", N, "", "", N, "", ""),
    ("He chaired the third meeting of the panel.", N, "", "", N, "", ""),
    ("The first phase is now complete.", N, "", "", N, "", ""),
    ("The council will meet on 3 March to decide.", N, "", "", N, "", ""),
    ("Thousands of people visited the fair.", N, "", "", N, "", ""),
    # 'under' before the parts a plan is organized in is a preposition; before an amount, a qualifier
    ("The plan sets out measures under three broad pillars.", "three broad pillars", "count", "3", N, "pillar", ""),
    ("Firms with under 50 employees may apply.", "under 50 employees", "count", "50", N, "employee", "under"),
    # 'edged up to' / 'went up to' report the level reached, not the bound 'up to'
    ("The default rate edged up to 1.4% last month.", "1.4%", "percent", "1.4", N, "", ""),
    ("Turnover went up to $3 million.", "$3 million", "money", "3000000", N, "HKD", ""),
    ("Speeds can go up to 5 times faster.", "up to 5 times", "ratio", "5", N, "", "up to"),
    # 'revolve around' / 'built around' take 'around' as their preposition, not as 'about'
    ("The debate revolved around four themes.", "four themes", "count", "4", N, "theme", ""),
    ("The repairs cost around $2 million.", "around $2 million", "money", "2000000", N, "HKD", "around"),
    # 'that' before a qualifier opens a clause; a participle of the figure's own phrase is its qualifier;
    # 'the previously estimated $X' is an earlier estimate, no approximation
    ("We expect that about one-half of the cost is covered.", "about one-half", "fraction", "0.5", N, "", "about"),
    ("Leases may run for a term exceeding five years.", "exceeding five years", "duration", "5", N, "year", "exceeding"),
    ("Spending rises from the previously estimated $70 billion.", "$70 billion", "money", "70000000000", N, "HKD", ""),
    ("An estimated 8,000 visitors came.", "An estimated 8,000 visitors", "count", "8000", N, "visitor", "an estimated"),
    # 'an average of' names a statistic, it neither bounds nor approximates the figure
    ("Growth should reach an average of 3.1 per cent a year.", "3.1 per cent", "percent", "3.1", N, "", ""),
]

# One sentence, several figures: a change is two figures, 'one of the four' only counts the four.
MULTI: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("The tax rose from $120 to $200 in 2025.", [("$120", "money", "120", "HKD"), ("$200", "money", "200", "HKD")]),
    ("The zone was enlarged from 14.92 to 120.56 square kilometres.",
     [("14.92", "area", "14.92", "square kilometre"), ("120.56 square kilometres", "area", "120.56", "square kilometre")]),
    ("We will raise the headcount from about 45 000 to 60 000 staff.",
     [("about 45 000", "count", "45000", ""), ("60 000 staff", "count", "60000", "staff")]),
    ("The share increased from 5 to 10 per cent.", [("5", "percent", "5", ""), ("10 per cent", "percent", "10", "")]),
    ("Of the 20 projects, 16 of the 20 projects were approved.",
     [("20 projects", "count", "20", "project"), ("16", "count", "16", "project"), ("20 projects", "count", "20", "project")]),
    ("The fee is HK$10 to HK$20, and prices range from $1,000-$2,000.",
     [("HK$10 to HK$20", "money", "10", "HKD"), ("$1,000-$2,000", "money", "1000", "HKD")]),
    ("The levy will rise by 10 per cent to $110 per passenger.",
     [("10 per cent", "percent", "10", ""), ("$110", "money", "110", "HKD")]),
    ("It is one of the four platforms in the area.", [("four platforms", "count", "4", "platform")]),
    ("Sixteen companies have been listed and nine unicorns have emerged.",
     [("Sixteen companies", "count", "16", "company"), ("nine unicorns", "count", "9", "unicorn")]),
    ("Real GDP grew by 80.5 per cent in 2023, reaching MOP559,495 (about US$69,393).",
     [("80.5 per cent", "percent", "80.5", ""), ("MOP559,495", "money", "559495", "MOP"),
      ("about US$69,393", "money", "69393", "USD")]),
    # a suspended hyphen whose last member a conversion left spaced ('4- room'): still one figure each
    ("Grants go to owners of 2- and 3- room units.",
     [("2-", "count", "2", "room"), ("3- room", "count", "3", "room")]),
    ("Spending was 10.8% or $13.6 billion lower than the 2019-20 revised estimate.",
     [("10.8%", "percent", "10.8", ""), ("$13.6 billion", "money", "13600000000", "HKD")]),
    # 'from X <time> to Y': the year before 'to' dates X, it opens no range up to the new value
    ("Assets grew from HK$2,041.5 billion at the end of 2016 to HK$2,210.9 billion in June.",
     [("HK$2,041.5 billion", "money", "2041500000000", "HKD"), ("HK$2,210.9 billion", "money", "2210900000000", "HKD")]),
    ("The fee went up from S$1,250 in 2018 to S$2,480.",
     [("S$1,250", "money", "1250", "SGD"), ("S$2,480", "money", "2480", "SGD")]),
    # the first end of a change takes the second's unit across the time phrase that dates it
    ("Wards rose from 40 at the end of 2019 to 55 wards.", [("40", "count", "40", "ward"), ("55 wards", "count", "55", "ward")]),
    ("The rate went from 3.1 in 2019 to 4.5 per cent.", [("3.1", "percent", "3.1", ""), ("4.5 per cent", "percent", "4.5", "")]),
    ("The fleet grew to 2,500 buses.", [("2,500 buses", "count", "2500", "bus")]),
]


def _close(a: Decimal | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - Decimal(b)) <= abs(Decimal(b)) * Decimal("0.00001")


@pytest.mark.parametrize("sentence,surface,kind,value,value_max,unit,qualifier", CASES,
                         ids=[c[0][:48] for c in CASES])
def test_one_figure(sentence: str, surface: str | None, kind: str, value: str, value_max: str | None,
                    unit: str, qualifier: str) -> None:
    found = find_figures(sentence, default_currency="HKD")
    if surface is None:
        assert found == [], [sentence[f.start:f.end] for f in found]
        return
    assert len(found) == 1, [sentence[f.start:f.end] for f in found]
    f = found[0]
    assert sentence[f.start:f.end] == surface
    assert (f.kind, f.unit, f.qualifier) == (kind, unit, qualifier)
    assert _close(f.value, value), f.value
    assert _close(f.value_max, value_max), f.value_max


@pytest.mark.parametrize("sentence,expected", MULTI, ids=[m[0][:48] for m in MULTI])
def test_several_figures(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = find_figures(sentence, default_currency="HKD")
    got = [(sentence[f.start:f.end], f.kind, f.unit) for f in found]
    assert got == [(s, k, u) for s, k, _, u in expected]
    for f, (_, _, value, _) in zip(found, expected):
        assert _close(f.value, value)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if c[1] is None) >= 30


def test_values_are_exact_decimals() -> None:
    (f,) = find_figures("Reserves of HK$2 100 billion.")
    assert f.value == Decimal(2100000000000) and isinstance(f.value, Decimal)
    (g,) = find_figures("A grant of $0.1 billion.")
    assert g.value == Decimal(100000000)


def test_subject_keeps_the_named_of_phrase() -> None:
    text = "It has 6 Hong Kong branches of the China National Engineering Research Center."
    (f,) = find_figures(text)
    assert f.subject == "Hong Kong branches of the China National Engineering Research Center"
    (g,) = find_figures("There are 16 provincial key research institutes in the province.")
    assert g.subject == "provincial key research institutes"


def test_bare_dollar_takes_the_default_currency_and_is_flagged() -> None:
    (f,) = find_figures("The levy is $120 per ticket.", default_currency="MOP")
    assert (f.unit, f.currency_inferred) == ("MOP", True)
    (g,) = find_figures("The levy is HK$120 per ticket.", default_currency="MOP")
    assert (g.unit, g.currency_inferred) == ("HKD", False)


@pytest.mark.parametrize("text,expected", [
    ("The Hong Kong Government will spend HK$5 billion. Hong Kong ...", "HKD"),
    ("The Macao SAR spent MOP 3 billion; patacas are pegged.", "MOP"),
    ("The United States spent US$52 billion; US$39 billion for fabs.", "USD"),
    ("A plain text with no currency cues at all.", "EUR"),
    # a finance minister's speech that names neither the city nor its schemes: the title and the tax say SGD
    ("The Deputy Prime Minister and Minister for Finance: GST revenue pays for $10 billion of care.", "SGD"),
    ("The Financial Secretary said the Minister of Finance of Canada spent $5 billion.", "HKD"),
    # New Zealand's people and public bodies name it where the country's own name is rarer than a trading
    # partner's ('vehicles built in Australia')
    ("Kiwis across Aotearoa get $5 off prescriptions; the trucks were built in Australia.", "NZD"),
    ("The Wellbeing Budget gives New Zealanders $1 billion more.", "NZD"),
    ("RNZ found $3m for New Zealand frigates built in Australia.", "NZD"),
    ("Deficit $1.1 billion (Source: Mid-Year Economic and Fiscal Outlook)", "AUD"),  # the full name of MYEFO
    # New Zealand texts that name neither the country nor its people: Māori words of NZ English, the
    # Treasury's fiscal terms, NZ's public bodies; the Crown alone is shared with other realms
    ("Whānau Ora gets $80 million, and iwi and Pasifika providers $20 million, the Minister said.", "NZD"),
    ("Core Crown expenses reach $139 billion and OBEGAL is a deficit of $12.9 billion in the HYEFU.", "NZD"),
    ("Pharmac will get $60 million more and Te Puni Kokiri $10 million, the Budget says.", "NZD"),
    ("A Crown entity spent $5 million under the Budget 2024 package.", "EUR"),
    # a state or provincial budget names its state, its cities or the state's code, not its country
    ("The NSW Government will spend $2 billion on schools in Western Sydney.", "AUD"),
    ("Queensland will build 20 schools for $1.5 billion, the Treasurer said.", "AUD"),
    ("Ontario will invest $3 billion in transit across Toronto and Ottawa.", "CAD"),
    ("California set aside $4 billion for wildfire response.", "USD"),
    # a one-word place name before a street word names a street or park anywhere: no cue
    ("The works at Victoria Park and Perth Street will cost $30 million.", "EUR"),
])
def test_infer_currency(text: str, expected: str) -> None:
    assert infer_currency(text, default="EUR") == expected


def test_realworld_budget_sheet_has_no_date_or_year_figures(shared_dir) -> None:  # type: ignore[no-untyped-def]
    """Fiscal years and dates fill a budget sheet; none of them may become a figure."""
    import re

    path = shared_dir / "realworld" / "texts" / "hk-budget-2020-21-media-sheets.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    text = path.read_text("utf-8")
    found = find_figures(text, infer_currency(text))
    surfaces = [text[f.start:f.end] for f in found]
    assert len(found) > 150
    assert not [s for s in surfaces if re.fullmatch(r"(?:19|20)[0-9]{2}(?:[-/][0-9]{2,4})?", s)]
    assert all(f.unit == "HKD" for f in found if f.kind == "money")


ALPHABET = "0123456789 ,.-–:/%$€£¹²HKUSMOPRBamilonbtdhrefyswkq\n()"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80) | st.lists(st.sampled_from(
    ["HK$", "1", "2 100", "billion", "-", "to", "between", "and", "per cent", "%", "years", "of", "the",
     "hectares", "one", "in", "five", "half", "over", "2024-25", "Phase", "3", ":", "45", "bn", "MOP", "¹"]),
    max_size=12).map(" ".join))
def test_any_text_gives_ordered_spans_inside_the_text(text: str) -> None:
    found = find_figures(text)
    last_end = 0
    for f in found:
        assert 0 <= last_end <= f.start < f.end <= len(text)
        assert text[f.start:f.end].strip() == text[f.start:f.end]
        last_end = f.end
