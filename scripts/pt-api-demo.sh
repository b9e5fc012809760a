#!/usr/bin/env bash
set -u
# Walks a proficiency-testing round over HTTP against `./quantrac serve --demo` in a temporary folder (admin and the demo laboratory ptn = L01).
D=$(mktemp -d); P=${1:-5391}; U=http://127.0.0.1:$P
./quantrac serve --data $D --urls $U --demo > $D/serve.log 2>&1 & SPID=$!
for i in $(seq 1 90); do curl -sf $U/health >/dev/null && break; sleep 1; done
tok() { curl -s -b $1 -c $1 $U$2 | grep -o 'name="__af" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
signin() { local T=$(tok $1 /console/sign-in); curl -s -o /dev/null -w "sign-in $2 %{http_code}\n" -b $1 -c $1 --data-urlencode "__af=$T" -d user=$2 -d password=quantrac-demo -d returnUrl=/console $U/console/sign-in; }
J=$D/admin.jar; signin $J admin
H="RequestVerificationToken: $(tok $J /console/)"
curl -s -b $J -c $J -H "$H" -H 'Content-Type: application/json' -d '{"code":"DEMO","nameVi":"Thử","nameEn":"Demo","minConsensus":3}' $U/api/v1/pt/schemes; echo
curl -s -b $J -c $J -H "$H" -H 'Content-Type: application/json' -d '{"code":"DEMO-R1","scheme":"DEMO","measurands":[{"code":"COD","unit":"mg/L","sigma":"percent","sigmaValue":10}]}' $U/api/v1/pt/rounds; echo
printf 'lab,participant\nL01,A1\nL02,A2\nL03,A3\nL04,A4\n' > $D/enrol.csv; printf 'participant,value\nA1,50.1\nA2,49.0\nA3,abc\nA4,51\n' > $D/bad.csv; printf 'participant,value\nA1,50.1\nA2,49.0\nA3,52.2\nA4,51\n' > $D/res.csv
curl -s -b $J -c $J -H "$H" -F file=@$D/enrol.csv $U/api/v1/pt/rounds/DEMO-R1/participants; echo
curl -s -w " [%{http_code}]" -b $J -c $J -H "$H" -F file=@$D/bad.csv $U/api/v1/pt/rounds/DEMO-R1/results; echo
curl -s -b $J -c $J -H "$H" -F file=@$D/res.csv $U/api/v1/pt/rounds/DEMO-R1/results; echo
curl -s -o /dev/null -w "compute %{http_code}\n" -b $J -c $J -H "$H" -X POST $U/api/v1/pt/rounds/DEMO-R1/compute
curl -s -b $J -c $J -H "$H" -X POST $U/api/v1/pt/rounds/DEMO-R1/publish; echo
L=$D/ptn.jar; signin $L ptn
curl -s -b $L $U/api/v1/pt/lab/rounds; echo
curl -s -b $L "$U/api/v1/pt/lab/rounds/DEMO-R1/report?format=csv"; echo
curl -s -o /dev/null -w "ptn → coordinator round report %{http_code}\n" -b $L "$U/api/v1/pt/rounds/DEMO-R1/report"
kill $SPID; wait $SPID 2>/dev/null; rm -rf $D
