"""Application services: publishing an edition as a website, a PDF or a Word document."""
