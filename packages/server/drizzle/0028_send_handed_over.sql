-- Send progress as the manual counts it (COLL-4.3.3 "12/20 – the first 12 were handed over for sending", issue 22):
-- a job item remembers when its message was handed over to SMSAPI, so that the progress says "handed over n / N",
-- "in flight k" (handed over, no answer yet) and the accepted/delivered ones separately.
ALTER TABLE "notice_send_job_items" ADD COLUMN "handed_at" timestamp with time zone;
