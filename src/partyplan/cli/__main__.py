from partyplan.cli import main

raise SystemExit(main())
