#!/bin/sh
# Creates qi-project.json, the example project of the README ("Tracking PDSA cycles"): a fictional
# emergency department reducing time to triage over three ramps of PDSA cycles.
# Run it from this folder after building qi (mvn -q -B package -DskipTests in the repository root):
#   sh create-project.sh
# qi-cli's PdsaExampleTest runs these same commands and compares the result with qi-project.json.
set -e
qi() { java -jar ../../qi-cli/target/qi.jar "$@"; }
rm -f qi-project.json

qi pdsa init --title "Faster triage in the emergency department" \
  --aim "Every patient triaged soon after arrival" \
  --how-much "median time to triage under 18 minutes" --by 2025-12-31
qi pdsa measure add --name "Time to triage" --kind outcome \
  --file ../data/time-to-triage.csv --x week --y minutes_to_triage \
  --chart i --direction decrease --target 18

qi pdsa driver add --primary "Prompt first assessment" \
  --secondary "Triage documentation" --change-idea "One-page triage form"
qi pdsa driver add --primary "Prompt first assessment" \
  --secondary "Staff at arrival" --change-idea "Nurse at the door"
qi pdsa driver add --primary "Visible queue" \
  --secondary "Awareness of waiting patients" --change-idea "Live board of waiting patients"

# Ramp 1: the one-page triage form
qi pdsa cycle add --ramp "Triage form" --change-idea "One-page triage form" \
  --objective "Learn whether one nurse can use the form on one shift" \
  --question "Does the form fit the triage conversation?" \
  --prediction "The form takes under 2 minutes and triage is no slower" \
  --start 2025-02-03 --end 2025-02-07 \
  --who "Nurse Okafor" --where "Majors" --when "Day shift, 3-7 Feb" \
  --data "Minutes per form, written on the form"
qi pdsa cycle do 1 --happened "Used for 14 patients" \
  --observations "Median 90 seconds per form" --problems "Two fields were unclear"
qi pdsa cycle study 1 --comparison "As predicted for time per form; two fields need rewording"
qi pdsa cycle act 1 --decision adapt --next "Reword the fields; all nurses on day shifts"

qi pdsa cycle add --ramp "Triage form" --change-idea "One-page triage form, reworded" \
  --objective "Test the reworded form with all day-shift nurses" \
  --prediction "Time to triage falls by 2 minutes" \
  --start 2025-02-24 --end 2025-03-09 --who "Day-shift nurses"
qi pdsa cycle do 2 --happened "Used by all day-shift nurses" \
  --problems "Flu surge in the week of 10 March"
qi pdsa cycle study 2 --analyze --accept \
  --comparison "No fall in time to triage; the spike is the flu surge, not the form"
qi pdsa cycle act 2 --decision adapt --next "Use the form on all shifts"

qi pdsa cycle add --ramp "Triage form" --change-idea "One-page triage form, all shifts" \
  --objective "Make the form standard work" \
  --prediction "Complete triage records; time to triage unchanged" \
  --start 2025-03-31 --end 2025-04-13
qi pdsa cycle do 3 --happened "Form used for 96% of patients"
qi pdsa cycle study 3 --comparison "Records complete; the form alone does not speed triage"
qi pdsa cycle act 3 --decision adopt --next "Find the wait before triage: test a nurse at the door"

# Ramp 2: a nurse at the door
qi pdsa cycle add --ramp "Nurse at the door" --change-idea "Nurse at the door" \
  --objective "Learn whether a nurse at the door can start triage at arrival" \
  --question "Can one nurse keep up at the busiest hours?" \
  --prediction "Patients seen 10:00-14:00 are triaged within 10 minutes" \
  --start 2025-05-05 --end 2025-05-09 --who "Nurse Lindqvist" --when "10:00-14:00, 5-9 May"
qi pdsa cycle do 4 --happened "Ran each weekday 10:00-14:00" \
  --observations "Queue at the desk gone in those hours"
qi pdsa cycle act 4 --decision adapt --next "Cover the whole day shift"

qi pdsa cycle add --ramp "Nurse at the door" --change-idea "Nurse at the door, day shifts" \
  --objective "Cover every weekday day shift" \
  --prediction "Weekly time to triage falls by 3 minutes" \
  --start 2025-05-26 --end 2025-06-08
qi pdsa cycle do 5 --happened "Covered 9 of 10 day shifts" --problems "No cover on one sick day"
qi pdsa cycle act 5 --decision adapt --next "All hours, with a rota"

qi pdsa cycle add --ramp "Nurse at the door" --change-idea "Nurse at the door, all hours" \
  --objective "Nurse at the door at all hours, on the rota" \
  --prediction "Median time to triage under 18 minutes" \
  --start 2025-06-23 --end 2025-07-20 --who "Rota: one nurse per shift"
qi pdsa cycle do 6 --happened "On the rota from 23 June"
qi pdsa cycle study 6 --analyze --accept \
  --comparison "Time to triage fell to about 17 minutes, as predicted"
qi pdsa cycle act 6 --decision adopt --next "Keep it on the rota; test a live board"

# Ramp 3: a live board of waiting patients
qi pdsa cycle add --ramp "Live board" --change-idea "Live board of waiting patients" \
  --objective "Learn whether a board of waiting patients helps staff pick the next patient" \
  --prediction "No patient waits over 30 minutes for triage" \
  --start 2025-08-04 --end 2025-08-17
qi pdsa cycle do 7 --happened "Board in majors" --observations "Staff looked at it often"
qi pdsa cycle act 7 --decision adapt --next "Add an alert at 15 minutes"

qi pdsa cycle add --ramp "Live board" --change-idea "Live board with 15-minute alerts" \
  --objective "Alert staff when a patient has waited 15 minutes" \
  --prediction "Time to triage falls by a further 2 minutes" \
  --start 2025-09-01 --end 2025-09-14
qi pdsa cycle do 8 --happened "Alerts on" --problems "Alerts sounded all day; staff muted them"
qi pdsa cycle study 8 --analyze --baseline-from 2025-06-23 --accept \
  --comparison "No further fall; the alerts were ignored"
qi pdsa cycle act 8 --decision abandon --next "Keep the board, drop the alerts"
